namespace Jobportunities.Core.Trajectories;

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
