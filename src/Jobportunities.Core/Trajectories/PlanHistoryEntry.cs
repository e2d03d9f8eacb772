namespace Jobportunities.Core.Trajectories;

public enum PlanChangeKind
{
    GoalAdded,
    GoalChanged,
    GoalAchieved,
    InstrumentAdded,
    InstrumentChanged,
    InstrumentStatusChanged,
    CertificateRecorded,
    Enrolled,
    EnrolmentStatusChanged,
    AgreementAdded,
    AgreementChanged,
    CostSplitChanged,
    InstrumentWithdrawn,
}

/// <summary>
/// One line of a plan's history: who changed what, when. <see cref="ItemId"/> points at the goal,
/// plan instrument, enrolment or agreement (nothing in a plan is deleted, so it always resolves);
/// <see cref="Status"/> is the new status for status changes; <see cref="Note"/> a reason.
/// </summary>
public sealed class PlanHistoryEntry
{
    private PlanHistoryEntry()
    {
    }

    public PlanHistoryEntry(int participantId, PlanChangeKind kind, int? itemId, string byUserId, DateTime atUtc, string? status = null, string? note = null)
    {
        ParticipantId = participantId;
        Kind = kind;
        ItemId = itemId;
        ByUserId = byUserId;
        AtUtc = atUtc;
        Status = status;
        var trimmed = note?.Trim();
        Note = string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > 500 ? trimmed[..500] : trimmed;
    }

    public long Id { get; private set; }

    public int ParticipantId { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ByUserId { get; private set; } = "";

    public PlanChangeKind Kind { get; private set; }

    public int? ItemId { get; private set; }

    public string? Status { get; private set; }

    public string? Note { get; private set; }
}
