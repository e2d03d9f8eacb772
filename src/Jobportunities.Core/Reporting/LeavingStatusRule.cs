using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Trajectories;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// THE leaving-status rule of the ESF+ export, in one place. The status "upon leaving" is the last
/// status within 28 days after the exit date: what holds on the 28th day after it. A status that
/// starts later does not count; one that ends before that day does not count either, because a
/// later status (or none) replaced it. "Six months after leaving" is the status on the day six
/// calendar months after the exit date. Statuses come from placements and plan instruments:
/// <list type="bullet">
/// <item>in employment: a job, self-employment or work-and-learn placement;</item>
/// <item>in education or training: a training or work-and-learn placement, or a running training
/// ("opleiding") or work-based-learning ("praktijkleren") plan instrument;</item>
/// <item>gained a qualification: a work-based-learning certificate issued, or a training completed
/// with a diploma, on or before the status day;</item>
/// <item>job searching: none of employment or education, and an exit reason that leaves the person
/// looking for work (found work or started training that did not last, moved to another programme).</item>
/// </list>
/// </summary>
public static class LeavingStatusRule
{
    public const int WindowDays = 28;
    public const int LongTermMonths = 6;

    public static readonly PlacementKind[] EmploymentKinds = [PlacementKind.Job, PlacementKind.SelfEmployment, PlacementKind.WorkAndLearn];

    public static readonly PlacementKind[] LearningKinds = [PlacementKind.Training, PlacementKind.WorkAndLearn];

    public static readonly InstrumentKind[] LearningInstruments = [InstrumentKind.Training, InstrumentKind.WorkBasedLearning];

    public static readonly ExitReason[] StillLooking = [ExitReason.FoundWork, ExitReason.StartedTraining, ExitReason.OtherProgramme];

    /// <summary>The day whose status counts as the status upon leaving.</summary>
    public static DateOnly StatusDay(DateOnly exitDate) => exitDate.AddDays(WindowDays);

    public static DateOnly SixMonthDay(DateOnly exitDate) => exitDate.AddMonths(LongTermMonths);
}
