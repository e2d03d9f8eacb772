namespace Jobportunities.Core.Participants;

/// <summary>One step on the phase history: who moved the participant, when, and why.</summary>
public sealed class PhaseChange
{
    private PhaseChange()
    {
    }

    public PhaseChange(int participantId, Phase from, Phase to, DateTime atUtc, string byUserId, string? reason)
    {
        ParticipantId = participantId;
        From = from;
        To = to;
        AtUtc = atUtc;
        ByUserId = byUserId;
        Reason = reason;
    }

    public int Id { get; private set; }

    public int ParticipantId { get; private set; }

    public Phase From { get; private set; }

    public Phase To { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ByUserId { get; private set; } = "";

    public string? Reason { get; private set; }
}
