using Jobportunities.Core.Today;
using Jobportunities.Core.Trajectories;

namespace Jobportunities.UnitTests.Today;

public sealed class TodayRulesTests
{
    private static readonly DateOnly Wednesday = new(2026, 12, 9);

    [Fact]
    public void Action_IsDueToday_OnItsDate() =>
        Assert.Equal(ActionDue.DueToday, TodayRules.Action(Wednesday, Wednesday));

    [Fact]
    public void Action_IsOverdue_FromTheDayAfterItsDate() =>
        Assert.Equal(ActionDue.Overdue, TodayRules.Action(Wednesday.AddDays(-1), Wednesday));

    [Fact]
    public void Action_IsNotShown_BeforeItsDateOrWithoutOne()
    {
        Assert.Null(TodayRules.Action(Wednesday.AddDays(1), Wednesday));
        Assert.Null(TodayRules.Action(null, Wednesday));
    }

    [Theory]
    [InlineData(15, null)]
    [InlineData(14, CheckDue.Upcoming)]
    [InlineData(1, CheckDue.Upcoming)]
    [InlineData(0, CheckDue.Due)]
    [InlineData(-30, CheckDue.Due)]
    [InlineData(-31, CheckDue.Overdue)]
    public void Check_IsUpcomingWithinFourteenDays_DueFromItsDate_OverdueAfterThirty(int daysFromToday, CheckDue? expected) =>
        Assert.Equal(expected, TodayRules.Check(Wednesday.AddDays(daysFromToday), Wednesday));

    [Theory]
    [InlineData("2026-12-07", "2026-12-07", "2026-12-13")] // Monday
    [InlineData("2026-12-09", "2026-12-07", "2026-12-13")] // Wednesday
    [InlineData("2026-12-13", "2026-12-07", "2026-12-13")] // Sunday still belongs to the week that began on Monday
    [InlineData("2027-01-01", "2026-12-28", "2027-01-03")] // across the year end
    public void Week_RunsFromMondayToSunday(string today, string monday, string sunday) =>
        Assert.Equal((DateOnly.Parse(monday), DateOnly.Parse(sunday)), TodayRules.Week(DateOnly.Parse(today)));

    [Fact]
    public void InWeek_HoldsForMondayAndSunday_AndNotForTheDaysAround()
    {
        Assert.True(TodayRules.InWeek(new DateOnly(2026, 12, 7), Wednesday));
        Assert.True(TodayRules.InWeek(new DateOnly(2026, 12, 13), Wednesday));
        Assert.False(TodayRules.InWeek(new DateOnly(2026, 12, 6), Wednesday));
        Assert.False(TodayRules.InWeek(new DateOnly(2026, 12, 14), Wednesday));
        Assert.False(TodayRules.InWeek(null, Wednesday));
    }

    [Fact]
    public void WagonThisWeek_IsAPlannedStartOrARunningEnd_InTheWeek()
    {
        var thisFriday = new DateOnly(2026, 12, 11);
        var nextMonday = new DateOnly(2026, 12, 14);
        Assert.True(TodayRules.InstrumentThisWeek(InstrumentStatus.Planned, thisFriday, nextMonday, Wednesday));
        Assert.True(TodayRules.InstrumentThisWeek(InstrumentStatus.Running, null, thisFriday, Wednesday));
        Assert.False(TodayRules.InstrumentThisWeek(InstrumentStatus.Running, thisFriday, nextMonday, Wednesday));
        Assert.False(TodayRules.InstrumentThisWeek(InstrumentStatus.Planned, nextMonday, nextMonday, Wednesday));
        Assert.False(TodayRules.InstrumentThisWeek(InstrumentStatus.Done, thisFriday, thisFriday, Wednesday));
        Assert.False(TodayRules.InstrumentThisWeek(InstrumentStatus.Stopped, thisFriday, thisFriday, Wednesday));
    }
}
