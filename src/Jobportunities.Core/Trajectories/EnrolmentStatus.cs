namespace Jobportunities.Core.Trajectories;

public enum EnrolmentStatus
{
    Planned,
    Started,
    Completed,
    DroppedOut,
}
