using Jobportunities.Core.Data;

namespace Jobportunities.Core.Placements;

/// <summary>
/// The six-month check of a person's work, anchored on the placement that started it. The
/// computed state is kept current by the daily job; the coach records the outcome with evidence.
/// </summary>
public sealed class DurableCheck : IVersioned
{
    private DurableCheck()
    {
    }

    public DurableCheck(int participantId, int placementId, DateOnly dueDate)
    {
        ParticipantId = participantId;
        PlacementId = placementId;
        DueDate = dueDate;
        State = DurableState.Pending;
    }

    public int Id { get; private set; }

    public int ParticipantId { get; private set; }

    public int PlacementId { get; private set; }

    public Placement? Placement { get; private set; }

    public DateOnly DueDate { get; private set; }

    public DurableState State { get; private set; }

    public DateOnly? BrokenSince { get; private set; }

    public DurableOutcome? Outcome { get; private set; }

    public DurableEvidence? Evidence { get; private set; }

    /// <summary>A document of the same participant that proves the outcome (a payslip, an employer statement), when kept with the file.</summary>
    public int? EvidenceDocumentId { get; private set; }

    public DateOnly? VerifiedOn { get; private set; }

    public string? Note { get; private set; }

    public string? RecordedByUserId { get; private set; }

    public DateTime? RecordedUtc { get; private set; }

    public Guid Version { get; private set; }

    public bool IsOpen => Outcome is null && State != DurableState.NotDurable;

    /// <summary>Applies the computed evaluation; returns whether anything changed.</summary>
    public bool Apply(DurableEvaluation evaluation)
    {
        if (Outcome is not null || (State == evaluation.State && DueDate == evaluation.DueDate && BrokenSince == evaluation.BrokenSince))
        {
            return false;
        }

        State = evaluation.State;
        DueDate = evaluation.DueDate;
        BrokenSince = evaluation.BrokenSince;
        NewVersion();
        return true;
    }

    /// <summary>Records the verified outcome, on or after the check date only.</summary>
    public bool Record(DurableOutcome outcome, DurableEvidence? evidence, DateOnly verifiedOn, string? note, string userId, DateTime nowUtc, DateOnly today, int? evidenceDocumentId = null)
    {
        if (Outcome is not null || today < DueDate || verifiedOn > today || (outcome != DurableOutcome.ContactLost && evidence is null))
        {
            return false;
        }

        Outcome = outcome;
        Evidence = evidence;
        EvidenceDocumentId = evidenceDocumentId;
        VerifiedOn = verifiedOn;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        RecordedByUserId = userId;
        RecordedUtc = nowUtc;
        NewVersion();
        return true;
    }

    public void NewVersion() => Version = Guid.NewGuid();
}
