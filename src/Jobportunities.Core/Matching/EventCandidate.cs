namespace Jobportunities.Core.Matching;

public sealed class EventCandidate
{
    private EventCandidate()
    {
    }

    internal EventCandidate(int participantId, string invitedByUserId, DateTime invitedUtc)
    {
        ParticipantId = participantId;
        InvitedByUserId = invitedByUserId;
        InvitedUtc = invitedUtc;
    }

    public int Id { get; private set; }

    public int MatchingEventId { get; private set; }

    public int ParticipantId { get; private set; }

    public string InvitedByUserId { get; private set; } = "";

    public DateTime InvitedUtc { get; private set; }

    public Attendance Attendance { get; internal set; }
}
