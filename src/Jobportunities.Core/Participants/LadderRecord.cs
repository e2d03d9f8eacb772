namespace Jobportunities.Core.Participants;

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
