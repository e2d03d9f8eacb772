namespace Jobportunities.Core.Trajectories;

/// <summary>
/// The enrolment transitions: planned → started → completed (with or without diploma), and
/// planned or started → dropped out, with a reason. Dropping out before the start frees the
/// seat; after the start the seat stays taken (the provider has planned and charged it).
/// Each status moves the linked "opleiding" plan instrument along with it.
/// </summary>
public static class EnrolmentStatusRules
{
    private static readonly Dictionary<EnrolmentStatus, EnrolmentStatus[]> Next = new()
    {
        [EnrolmentStatus.Planned] = [EnrolmentStatus.Started, EnrolmentStatus.DroppedOut],
        [EnrolmentStatus.Started] = [EnrolmentStatus.Completed, EnrolmentStatus.DroppedOut],
        [EnrolmentStatus.Completed] = [],
        [EnrolmentStatus.DroppedOut] = [],
    };

    public static bool CanMove(EnrolmentStatus from, EnrolmentStatus to) => Next[from].Contains(to);

    public static IReadOnlyList<EnrolmentStatus> NextStatuses(EnrolmentStatus from) => Next[from];

    public static bool FreesSeat(EnrolmentStatus from, EnrolmentStatus to) => from == EnrolmentStatus.Planned && to == EnrolmentStatus.DroppedOut;

    public static bool HoldsSeat(EnrolmentStatus status) => status != EnrolmentStatus.DroppedOut;

    public static InstrumentStatus InstrumentStatusOf(EnrolmentStatus status) => status switch
    {
        EnrolmentStatus.Started => InstrumentStatus.Running,
        EnrolmentStatus.Completed => InstrumentStatus.Done,
        EnrolmentStatus.DroppedOut => InstrumentStatus.Stopped,
        _ => InstrumentStatus.Planned,
    };
}
