namespace Jobportunities.Core.Trajectories;

public enum InstrumentStatus
{
    Planned,
    Running,
    Done,
    Stopped,

    /// <summary>Added by mistake and withdrawn with a reason: kept in the plan's history, out of costs and progress.</summary>
    Withdrawn,
}

/// <summary>
/// The status transitions of an instrument in a plan, in one place: planned → running → done,
/// and planned or running → stopped, with a reason. Done and stopped are final. Withdrawn is not a
/// move but a correction (<see cref="PlanInstrument.Withdraw"/>), possible from every status, and final.
/// </summary>
public static class InstrumentStatusRules
{
    public const string NotAllowed = "StatusNotAllowed";
    public const string ReasonRequired = "ReasonRequired";
    public const string DateBeforeStart = "DateBeforeStart";

    private static readonly Dictionary<InstrumentStatus, InstrumentStatus[]> Next = new()
    {
        [InstrumentStatus.Planned] = [InstrumentStatus.Running, InstrumentStatus.Stopped],
        [InstrumentStatus.Running] = [InstrumentStatus.Done, InstrumentStatus.Stopped],
        [InstrumentStatus.Done] = [],
        [InstrumentStatus.Stopped] = [],
        [InstrumentStatus.Withdrawn] = [],
    };

    public static bool CanMove(InstrumentStatus from, InstrumentStatus to) => Next[from].Contains(to);

    public static bool IsFinal(InstrumentStatus status) => Next[status].Length == 0;

    public static IReadOnlyList<InstrumentStatus> NextStatuses(InstrumentStatus from) => Next[from];

    /// <summary>Why a move is refused (one of the codes above), or null when it is allowed.</summary>
    public static string? Check(InstrumentStatus from, InstrumentStatus to, string? reason, DateOnly date, DateOnly? actualStart)
    {
        if (!CanMove(from, to))
        {
            return NotAllowed;
        }

        if (to == InstrumentStatus.Stopped && string.IsNullOrWhiteSpace(reason))
        {
            return ReasonRequired;
        }

        return to is InstrumentStatus.Done or InstrumentStatus.Stopped && actualStart is { } start && date < start ? DateBeforeStart : null;
    }
}
