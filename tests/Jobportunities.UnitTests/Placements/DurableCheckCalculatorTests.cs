using Jobportunities.Core.Placements;
using Jobportunities.Core.Programmes;

namespace Jobportunities.UnitTests.Placements;

public class DurableCheckCalculatorTests
{
    private static readonly DurableCheckRule Rule = DurableCheckRule.Default;

    private static Placement Job(string start, string? end = null, PlacementKind kind = PlacementKind.Job, decimal hours = 32)
    {
        var placement = new Placement(1, 1, null, kind, ContractType.FixedTerm, hours, "NL", DateOnly.Parse(start), "coach", TestClock.StartUtc);
        if (end is not null)
        {
            Assert.True(placement.End(DateOnly.Parse(end), PlacementEndReason.ContractEnded));
        }

        return placement;
    }

    private static DurableEvaluation Evaluate(Placement anchor, string today, params Placement[] others) =>
        DurableCheckCalculator.Evaluate(Rule, anchor, [anchor, .. others], DateOnly.Parse(today));

    [Theory]
    [InlineData("2026-08-31", "2027-02-28")]
    [InlineData("2027-08-31", "2028-02-29")]
    [InlineData("2026-03-15", "2026-09-15")]
    [InlineData("2026-12-31", "2027-06-30")]
    public void DueDate_IsStartPlusSixCalendarMonths_ClampedToMonthEnd(string start, string due) =>
        Assert.Equal(DateOnly.Parse(due), Evaluate(Job(start), start).DueDate);

    [Theory]
    [InlineData("2026-01-15", DurableState.Pending)]
    [InlineData("2026-06-14", DurableState.Pending)]
    [InlineData("2026-06-15", DurableState.Upcoming)]
    [InlineData("2026-07-14", DurableState.Upcoming)]
    [InlineData("2026-07-15", DurableState.Due)]
    [InlineData("2026-08-14", DurableState.Due)]
    [InlineData("2026-08-15", DurableState.Overdue)]
    public void ContinuousWork_MovesFromPendingToUpcomingDueAndOverdue(string today, DurableState expected)
    {
        var evaluation = Evaluate(Job("2026-01-15"), today);
        Assert.Equal(expected, evaluation.State);
        Assert.True(evaluation.InWorkOnDueDate);
        Assert.Null(evaluation.BrokenSince);
    }

    [Fact]
    public void ChangeOfEmployer_WithABreakOfExactlyFourWeeks_StillCounts()
    {
        // Last day 31 March; 28 days without work (1–28 April); new job from 29 April.
        var evaluation = Evaluate(Job("2026-01-15", "2026-03-31"), "2026-07-15", Job("2026-04-29"));
        Assert.Equal(DurableState.Due, evaluation.State);
        Assert.True(evaluation.InWorkOnDueDate);
    }

    [Fact]
    public void ChangeOfEmployer_WithABreakOfFourWeeksAndOneDay_IsNotDurable()
    {
        var evaluation = Evaluate(Job("2026-01-15", "2026-03-31"), "2026-07-15", Job("2026-04-30"));
        Assert.Equal(DurableState.NotDurable, evaluation.State);
        Assert.Equal(new DateOnly(2026, 4, 1), evaluation.BrokenSince);
    }

    [Fact]
    public void EndedWithoutNewWork_IsNotDurableAsSoonAsTheAllowedBreakHasPassed_WithoutWaitingForTheDate()
    {
        var anchor = Job("2026-01-15", "2026-03-31");
        Assert.Equal(DurableState.Pending, Evaluate(anchor, "2026-04-28").State);
        var after = Evaluate(anchor, "2026-04-29");
        Assert.Equal(DurableState.NotDurable, after.State);
        Assert.Equal(new DateOnly(2026, 4, 1), after.BrokenSince);
    }

    [Fact]
    public void OverlappingPlacements_MergeIntoOneStretchOfWork()
    {
        var evaluation = Evaluate(Job("2026-01-15", "2026-04-30"), "2026-07-15", Job("2026-03-01", "2026-06-30"), Job("2026-07-10"));
        Assert.Equal(DurableState.Due, evaluation.State);
        Assert.True(evaluation.InWorkOnDueDate);
    }

    [Fact]
    public void TrainingDoesNotCount_AsWork_InTheBreak()
    {
        var evaluation = Evaluate(Job("2026-01-15", "2026-03-31"), "2026-07-15", Job("2026-04-01", kind: PlacementKind.Training));
        Assert.Equal(DurableState.NotDurable, evaluation.State);
    }

    [Fact]
    public void SelfEmployment_CountsOnlyWhenTheProgrammeSaysSo()
    {
        var anchor = Job("2026-01-15", "2026-03-31");
        var business = Job("2026-04-10", kind: PlacementKind.SelfEmployment);
        Assert.Equal(DurableState.Due, DurableCheckCalculator.Evaluate(Rule, anchor, [anchor, business], new DateOnly(2026, 7, 15)).State);

        var strict = new DurableCheckRule(6, null, selfEmploymentCounts: false, workAndLearnCounts: true, 28);
        Assert.Equal(DurableState.NotDurable, DurableCheckCalculator.Evaluate(strict, anchor, [anchor, business], new DateOnly(2026, 7, 15)).State);
    }

    [Fact]
    public void HoursBelowTheMinimum_DoNotCount()
    {
        var rule = new DurableCheckRule(6, 12m, true, true, 28);
        Assert.False(DurableCheckCalculator.Counts(rule, Job("2026-01-01", hours: 8)));
        Assert.True(DurableCheckCalculator.Counts(rule, Job("2026-01-01", hours: 12)));

        var anchor = Job("2026-01-15", "2026-03-31", hours: 20);
        var small = Job("2026-04-05", hours: 8);
        Assert.Equal(DurableState.NotDurable, DurableCheckCalculator.Evaluate(rule, anchor, [anchor, small], new DateOnly(2026, 7, 15)).State);
    }

    [Fact]
    public void EndDateBeforeStart_IsRefused()
    {
        var placement = Job("2026-03-01");
        Assert.False(placement.End(new DateOnly(2026, 2, 28), PlacementEndReason.Other));
        Assert.Null(placement.EndDate);
        Assert.True(placement.End(new DateOnly(2026, 3, 1), PlacementEndReason.Other));
    }

    [Fact]
    public void WorkEndingJustBeforeTheCheckDate_IsNotInWorkOnTheDate()
    {
        // Ended 10 days before the check date, still within the allowed break: not broken, but not in work on the date.
        var evaluation = Evaluate(Job("2026-01-15", "2026-07-05"), "2026-07-15");
        Assert.Equal(DurableState.Due, evaluation.State);
        Assert.False(evaluation.InWorkOnDueDate);
    }

    [Fact]
    public void Record_OnlyOnOrAfterTheDueDate_AndWithEvidenceUnlessContactLost()
    {
        var check = new DurableCheck(1, 1, new DateOnly(2026, 7, 15));
        Assert.False(check.Record(DurableOutcome.Durable, DurableEvidence.Payslip, new DateOnly(2026, 7, 14), null, "c", TestClock.StartUtc, new DateOnly(2026, 7, 14)));
        Assert.False(check.Record(DurableOutcome.Durable, null, new DateOnly(2026, 7, 15), null, "c", TestClock.StartUtc, new DateOnly(2026, 7, 15)));
        Assert.True(check.Record(DurableOutcome.ContactLost, null, new DateOnly(2026, 7, 15), null, "c", TestClock.StartUtc, new DateOnly(2026, 7, 15)));
        Assert.False(check.Record(DurableOutcome.Durable, DurableEvidence.Payslip, new DateOnly(2026, 7, 15), null, "c", TestClock.StartUtc, new DateOnly(2026, 7, 16)));
    }
}
