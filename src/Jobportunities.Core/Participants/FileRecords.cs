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

/// <summary>A position on the Participatieladder (1 isolated … 6 paid work) on a date.</summary>
public sealed class LadderRecord
{
    private LadderRecord()
    {
    }

    public LadderRecord(int participantId, int step, DateOnly date, string? note, string byUserId)
    {
        if (step is < 1 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(step), "The participation ladder has steps 1 to 6.");
        }

        ParticipantId = participantId;
        Step = step;
        Date = date;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ByUserId = byUserId;
    }

    public int Id { get; private set; }

    public int ParticipantId { get; private set; }

    public int Step { get; private set; }

    public DateOnly Date { get; private set; }

    public string? Note { get; private set; }

    public string ByUserId { get; private set; } = "";
}

public enum ContactKind
{
    Meeting,
    Phone,
    Email,
    Video,
}

/// <summary>A line of the contact journal.</summary>
public sealed class ContactMoment
{
    private ContactMoment()
    {
    }

    public ContactMoment(int participantId, DateOnly date, ContactKind kind, string summary, string? nextAction, DateOnly? nextActionDate, string byUserId, DateTime createdUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        ParticipantId = participantId;
        Date = date;
        Kind = kind;
        Summary = summary.Trim();
        NextAction = string.IsNullOrWhiteSpace(nextAction) ? null : nextAction.Trim();
        NextActionDate = nextActionDate;
        ByUserId = byUserId;
        CreatedUtc = createdUtc;
    }

    public int Id { get; private set; }

    public int ParticipantId { get; private set; }

    public DateOnly Date { get; private set; }

    public ContactKind Kind { get; private set; }

    public string Summary { get; private set; } = "";

    public string? NextAction { get; private set; }

    public DateOnly? NextActionDate { get; private set; }

    public string ByUserId { get; private set; } = "";

    public DateTime CreatedUtc { get; private set; }
}
