namespace Jobportunities.Core.Matching;

public enum Attendance
{
    Invited,
    Came,
    DidNotCome,
}
