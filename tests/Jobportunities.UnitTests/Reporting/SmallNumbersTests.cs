using Jobportunities.Core.Reporting;

namespace Jobportunities.UnitTests.Reporting;

public class SmallNumbersTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "<5")]
    [InlineData(4, "<5")]
    [InlineData(5, "5")]
    [InlineData(1234, "1234")]
    public void Show_HidesOneToFour_AndShowsZeroAndFiveUp(int count, string shown) => Assert.Equal(shown, SmallNumbers.Show(count));

    [Fact]
    public void Share_IsHidden_WhenPartOrWholeIsHidden_OrWholeIsZero()
    {
        Assert.Equal(0.5, SmallNumbers.Share(5, 10));
        Assert.Equal(0.0, SmallNumbers.Share(0, 10));
        Assert.Null(SmallNumbers.Share(3, 10));
        Assert.Null(SmallNumbers.Share(0, 4));
        Assert.Null(SmallNumbers.Share(0, 0));
    }

    [Fact]
    public void PerPerson_IsHidden_ForFewerThanFivePersons()
    {
        Assert.Equal(1500m, SmallNumbers.PerPerson(7500m, 5));
        Assert.Equal(1666.67m, SmallNumbers.PerPerson(10000m, 6));
        Assert.Null(SmallNumbers.PerPerson(10000m, 4));
        Assert.Null(SmallNumbers.PerPerson(10000m, 0));
    }

    [Fact]
    public void TargetShare_AndConfirmedRate_FollowTheRule()
    {
        Assert.Null(new Progress(3, 100).Share);
        Assert.Equal(0.05, new Progress(5, 100).Share);
        Assert.Null(new Progress(10, 0).Share);
        Assert.Null(new CheckFigures(0, 0, 0, 4, 6, 0).ConfirmedRate);
        Assert.Equal(0.5, new CheckFigures(0, 0, 0, 5, 5, 0).ConfirmedRate);
        Assert.Null(new BudgetFigures(90_000m, 9_000m, 2).CostPerDurablePlacement);
        Assert.Equal(1_500m, new BudgetFigures(90_000m, 9_000m, 6).CostPerDurablePlacement);
    }
}
