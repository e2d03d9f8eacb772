namespace Jobportunities.Core.Matching;

public sealed class EventConversation
{
    private EventConversation()
    {
    }

    internal EventConversation(int participantId, int employerId, string outcome, string recordedByUserId, DateTime recordedUtc)
    {
        ParticipantId = participantId;
        EmployerId = employerId;
        Outcome = outcome.Trim();
        RecordedByUserId = recordedByUserId;
        RecordedUtc = recordedUtc;
    }

    public int Id { get; private set; }

    public int MatchingEventId { get; private set; }

    public int ParticipantId { get; private set; }

    public int EmployerId { get; private set; }

    public string Outcome { get; private set; } = "";

    public string RecordedByUserId { get; private set; } = "";

    public DateTime RecordedUtc { get; private set; }
}
