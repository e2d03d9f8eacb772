namespace Jobportunities.Core.Participants;

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
