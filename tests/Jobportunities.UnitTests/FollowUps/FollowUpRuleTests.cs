using Jobportunities.Core.FollowUps;
using Jobportunities.Core.Programmes;
using Jobportunities.Core.Trajectories;

namespace Jobportunities.UnitTests.FollowUps;

public class FollowUpRuleTests
{
    private static readonly DateTime Now = new(2027, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    private static FollowUp Left(string exit) => new(7, DateOnly.Parse(exit));

    [Theory]
    [InlineData("2026-08-31", "2027-02-28")]
    [InlineData("2027-08-31", "2028-02-29")]
    [InlineData("2027-08-29", "2028-02-29")]
    [InlineData("2028-02-29", "2028-08-29")]
    [InlineData("2026-03-31", "2026-09-30")]
    [InlineData("2026-12-31", "2027-06-30")]
    [InlineData("2026-03-15", "2026-09-15")]
    public void DueDate_IsExitPlusSixCalendarMonths_ClampedToMonthEnd(string exit, string due) =>
        Assert.Equal(DateOnly.Parse(due), Left(exit).DueDate);

    [Theory]
    [InlineData("2026-08-31")]
    [InlineData("2027-08-30")]
    [InlineData("2028-02-29")]
    [InlineData("2026-01-31")]
    public void DueDate_FollowsTheDurableCheckRule_ForTheSameStart(string date) =>
        Assert.Equal(DurableCheckRule.Default.DueDate(DateOnly.Parse(date)), FollowUpRule.DueDate(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2026-06-01", FollowUpState.Pending)]
    [InlineData("2026-08-31", FollowUpState.Upcoming)]
    [InlineData("2026-09-29", FollowUpState.Upcoming)]
    [InlineData("2026-09-30", FollowUpState.Due)]
    [InlineData("2026-10-30", FollowUpState.Due)]
    [InlineData("2026-10-31", FollowUpState.Overdue)]
    public void StateOn_UsesTheDurableWindows(string today, FollowUpState expected) =>
        Assert.Equal(expected, FollowUpRule.StateOn(Left("2026-03-31"), DateOnly.Parse(today)));

    [Fact]
    public void Record_RefusesBeforeTheDueDate()
    {
        var followUp = Left("2026-03-31");
        Assert.Equal("NotYetDue", followUp.Record(FollowUpSituation.Employed, FollowUpSource.Participant, DateOnly.Parse("2026-09-29"), null, "coach", Now, DateOnly.Parse("2026-09-29"), false, null));
        Assert.True(followUp.IsOpen);
    }

    [Theory]
    [InlineData("2026-09-29")]
    [InlineData("2026-10-06")]
    public void Record_RefusesADateBeforeTheDueDateOrAfterToday(string recordedOn)
    {
        var followUp = Left("2026-03-31");
        Assert.Equal("DateOutOfRange", followUp.Record(FollowUpSituation.Employed, FollowUpSource.Participant, DateOnly.Parse(recordedOn), null, "coach", Now, DateOnly.Parse("2026-10-05"), false, null));
    }

    [Fact]
    public void Record_KeepsTheSituation_AndRefusesASecondRecord()
    {
        var followUp = Left("2026-03-31");
        Assert.Null(followUp.Record(FollowUpSituation.SelfEmployed, FollowUpSource.Employer, DateOnly.Parse("2026-10-01"), "  eigen zaak  ", "coach", Now, DateOnly.Parse("2026-10-05"), false, null));
        Assert.Equal(FollowUpSituation.SelfEmployed, followUp.Situation);
        Assert.Equal("eigen zaak", followUp.Note);
        Assert.Equal(FollowUpState.Recorded, FollowUpRule.StateOn(followUp, DateOnly.Parse("2026-12-01")));
        Assert.Equal("AlreadyRecorded", followUp.Record(FollowUpSituation.Unknown, FollowUpSource.Other, DateOnly.Parse("2026-10-02"), null, "coach", Now, DateOnly.Parse("2026-10-05"), false, null));
    }

    [Fact]
    public void Withdraw_ClosesAnOpenFollowUp_WhichThenCannotBeRecorded()
    {
        var followUp = Left("2026-03-31");
        Assert.True(followUp.Withdraw(Now));
        Assert.False(followUp.IsOpen);
        Assert.Equal(FollowUpState.Withdrawn, FollowUpRule.StateOn(followUp, DateOnly.Parse("2026-10-05")));
        Assert.Equal("Withdrawn", followUp.Record(FollowUpSituation.Employed, FollowUpSource.Participant, DateOnly.Parse("2026-10-01"), null, "coach", Now, DateOnly.Parse("2026-10-05"), false, null));
        Assert.False(followUp.Withdraw(Now));
    }

    [Fact]
    public void Withdraw_LeavesARecordedFollowUpAsItIs()
    {
        var followUp = Left("2026-03-31");
        Assert.Null(followUp.Record(FollowUpSituation.LookingForWork, FollowUpSource.Participant, DateOnly.Parse("2026-10-01"), null, "coach", Now, DateOnly.Parse("2026-10-05"), false, null));
        Assert.False(followUp.Withdraw(Now));
        Assert.Null(followUp.WithdrawnUtc);
    }

    [Theory]
    [InlineData(FollowUpSituation.Employed, true)]
    [InlineData(FollowUpSituation.SelfEmployed, true)]
    [InlineData(FollowUpSituation.InEducation, false)]
    [InlineData(FollowUpSituation.LookingForWork, false)]
    [InlineData(FollowUpSituation.Unknown, false)]
    public void IsInWork_CountsEmployedAndSelfEmployedOnly(FollowUpSituation situation, bool inWork) =>
        Assert.Equal(inWork, FollowUpRule.IsInWork(situation));

    [Theory]
    [InlineData(true, FollowUpSituation.Employed, true)]
    [InlineData(true, FollowUpSituation.SelfEmployed, true)]
    [InlineData(true, FollowUpSituation.InEducation, false)]
    [InlineData(true, FollowUpSituation.LookingForWork, false)]
    [InlineData(false, FollowUpSituation.Employed, false)]
    public void AsksImprovement_OnlyOfAPersonInWorkAtEntry_WhoIsInWorkAgain(bool employedAtEntry, FollowUpSituation situation, bool asked) =>
        Assert.Equal(asked, FollowUpRule.AsksImprovement(employedAtEntry, situation));

    [Theory]
    [InlineData(FollowUpImprovement.StableEmployment, true)]
    [InlineData(FollowUpImprovement.FullEmployment, true)]
    [InlineData(FollowUpImprovement.HigherSkilledJob, true)]
    [InlineData(FollowUpImprovement.Promotion, true)]
    [InlineData(FollowUpImprovement.NotImproved, false)]
    [InlineData(FollowUpImprovement.Unknown, false)]
    [InlineData(null, false)]
    public void IsImprovement_CountsTheCommissionsFourCriteriaOnly(FollowUpImprovement? improvement, bool counts)
    {
        Assert.Equal(counts, FollowUpRule.IsImprovement(improvement));
        Assert.Equal(counts, improvement is { } i && FollowUpRule.Improvements.Contains(i));
    }

    [Fact]
    public void Record_RequiresTheImprovement_WhenAsked_AndKeepsNoneWhenNotAsked()
    {
        var asked = Left("2026-03-31");
        Assert.Equal("ImprovementRequired", asked.Record(FollowUpSituation.Employed, FollowUpSource.Participant, DateOnly.Parse("2026-10-01"), null, "coach", Now, DateOnly.Parse("2026-10-05"), true, null));
        Assert.Null(asked.Situation);
        Assert.Null(asked.Record(FollowUpSituation.Employed, FollowUpSource.Participant, DateOnly.Parse("2026-10-01"), null, "coach", Now, DateOnly.Parse("2026-10-05"), true, FollowUpImprovement.FullEmployment));
        Assert.Equal(FollowUpImprovement.FullEmployment, asked.Improvement);

        var inEducation = Left("2026-03-31");
        Assert.Null(inEducation.Record(FollowUpSituation.InEducation, FollowUpSource.Participant, DateOnly.Parse("2026-10-01"), null, "coach", Now, DateOnly.Parse("2026-10-05"), true, FollowUpImprovement.Promotion));
        Assert.Null(inEducation.Improvement);
    }

    [Theory]
    [InlineData("Zorggroep Emmerhout", "zorggroep emmerhout")]
    [InlineData("  ZORGGROEP   Emmerhout ", "zorggroep emmerhout")]
    [InlineData("Zorggroep\tEmmerhout", "zorggroep emmerhout")]
    public void AgreementLinkKey_IgnoresCaseAndWhiteSpace(string name, string key) =>
        Assert.Equal(key, EmployerAgreementLink.Key(name));
}
