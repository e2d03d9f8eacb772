namespace Jobportunities.Core.Trajectories;

public enum EnrolmentStatus
{
    Planned,
    Started,
    Completed,
    DroppedOut,
}

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

/// <summary>A participant on a course run: one seat, linked to the "opleiding" plan instrument of the plan.</summary>
public sealed class Enrolment
{
    private Enrolment()
    {
    }

    public Enrolment(int courseRunId, int participantId, int planInstrumentId, string byUserId, DateTime enrolledUtc)
    {
        CourseRunId = courseRunId;
        ParticipantId = participantId;
        PlanInstrumentId = planInstrumentId;
        ByUserId = byUserId;
        EnrolledUtc = enrolledUtc;
        Status = EnrolmentStatus.Planned;
    }

    public int Id { get; private set; }

    public int CourseRunId { get; private set; }

    public CourseRun? CourseRun { get; private set; }

    public int ParticipantId { get; private set; }

    public int PlanInstrumentId { get; private set; }

    public EnrolmentStatus Status { get; private set; }

    /// <summary>Set when completed: whether a diploma or certificate was obtained.</summary>
    public bool? WithDiploma { get; private set; }

    public string? DropOutReason { get; private set; }

    public string ByUserId { get; private set; } = "";

    public DateTime EnrolledUtc { get; private set; }

    /// <summary>
    /// Ends the enrolment because its plan item was withdrawn (added by mistake), from any status;
    /// returns whether it held a seat until now (the caller releases it).
    /// </summary>
    public bool WithdrawWithItem(string reason)
    {
        if (!EnrolmentStatusRules.HoldsSeat(Status))
        {
            return false;
        }

        Status = EnrolmentStatus.DroppedOut;
        WithDiploma = null;
        DropOutReason = reason.Trim();
        return true;
    }

    /// <summary>Moves the enrolment; returns why not (an <see cref="InstrumentStatusRules"/> code), or null.</summary>
    public string? MoveTo(EnrolmentStatus to, bool withDiploma, string? reason)
    {
        if (!EnrolmentStatusRules.CanMove(Status, to))
        {
            return InstrumentStatusRules.NotAllowed;
        }

        if (to == EnrolmentStatus.DroppedOut && string.IsNullOrWhiteSpace(reason))
        {
            return InstrumentStatusRules.ReasonRequired;
        }

        Status = to;
        WithDiploma = to == EnrolmentStatus.Completed ? withDiploma : null;
        DropOutReason = to == EnrolmentStatus.DroppedOut ? reason!.Trim() : null;
        return null;
    }
}
