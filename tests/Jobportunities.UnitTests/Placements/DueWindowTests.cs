using Jobportunities.Core.FollowUps;
using Jobportunities.Core.Placements;

namespace Jobportunities.UnitTests.Placements;

public class DueWindowTests
{
    private static readonly DateOnly Due = new(2026, 9, 30);

    [Theory]
    [InlineData("2026-08-30", DueWindowState.Pending)]
    [InlineData("2026-08-31", DueWindowState.Upcoming)]
    [InlineData("2026-09-29", DueWindowState.Upcoming)]
    [InlineData("2026-09-30", DueWindowState.Due)]
    [InlineData("2026-10-30", DueWindowState.Due)]
    [InlineData("2026-10-31", DueWindowState.Overdue)]
    public void StateOf_PutsTheDueDateInItsWindow_AtEachEdge(string today, DueWindowState expected) =>
        Assert.Equal(expected, new DueWindow(DateOnly.Parse(today)).StateOf(Due));

    [Theory]
    [InlineData("2026-06-01")]
    [InlineData("2026-08-31")]
    [InlineData("2026-09-30")]
    [InlineData("2026-10-30")]
    [InlineData("2026-10-31")]
    public void DurableCheckAndFollowUp_NameTheSameWindow_OnTheSameDay(string today)
    {
        var day = DateOnly.Parse(today);
        Assert.Equal(DurableCheckCalculator.StateOn(Due, day).ToString(), FollowUpRule.StateOn(Due, day).ToString());
    }

    [Fact]
    public void QueryBounds_AgreeWithStateOf()
    {
        var window = new DueWindow(new DateOnly(2026, 10, 15));
        Assert.Equal(DueWindowState.Overdue, window.StateOf(window.OverdueBefore.AddDays(-1)));
        Assert.Equal(DueWindowState.Due, window.StateOf(window.OverdueBefore));
        Assert.Equal(DueWindowState.Upcoming, window.StateOf(window.UpcomingUntil));
        Assert.Equal(DueWindowState.Pending, window.StateOf(window.UpcomingUntil.AddDays(1)));
    }
}
