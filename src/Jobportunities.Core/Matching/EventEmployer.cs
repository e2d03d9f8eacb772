namespace Jobportunities.Core.Matching;

public sealed class EventEmployer
{
    private EventEmployer()
    {
    }

    internal EventEmployer(int employerId, string invitedByUserId, DateTime invitedUtc)
    {
        EmployerId = employerId;
        InvitedByUserId = invitedByUserId;
        InvitedUtc = invitedUtc;
    }

    public int Id { get; private set; }

    public int MatchingEventId { get; private set; }

    public int EmployerId { get; private set; }

    public string InvitedByUserId { get; private set; } = "";

    public DateTime InvitedUtc { get; private set; }

    public Attendance Attendance { get; internal set; }
}
