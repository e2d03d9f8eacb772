using Jobportunities.Core.Privacy;
using Jobportunities.Core.Reporting;

namespace Jobportunities.UnitTests.Privacy;

public class RetentionRuleTests
{
    [Theory]
    [InlineData("2025-01-31", 1, "2025-02-27", false)]
    [InlineData("2025-01-31", 1, "2025-02-28", true)]
    [InlineData("2024-01-31", 1, "2024-02-29", true)]
    [InlineData("2024-01-31", 1, "2024-02-28", false)]
    [InlineData("2024-02-29", 24, "2026-02-28", true)]
    [InlineData("2024-02-29", 24, "2026-02-27", false)]
    [InlineData("2024-03-15", 24, "2026-03-14", false)]
    [InlineData("2024-03-15", 24, "2026-03-15", true)]
    [InlineData("2026-06-30", 6, "2026-12-30", true)]
    [InlineData("2026-06-30", 6, "2026-12-29", false)]
    public void IsDue_CountsCalendarMonths_ClampedToMonthEnd(string exit, int months, string today, bool due) =>
        Assert.Equal(due, RetentionRule.IsDue(DateOnly.Parse(exit), months, DateOnly.Parse(today)));

    [Theory]
    [InlineData("2025-02-28", 1, "2025-01-31")]
    [InlineData("2024-02-29", 1, "2024-01-31")]
    [InlineData("2024-02-28", 1, "2024-01-28")]
    [InlineData("2026-04-30", 1, "2026-03-31")]
    [InlineData("2026-03-30", 1, "2026-02-28")]
    [InlineData("2026-03-15", 24, "2024-03-15")]
    public void LatestDueEventDate_TakesTheWholeMonthBack_OnAMonthEnd(string today, int months, string latest) =>
        Assert.Equal(DateOnly.Parse(latest), RetentionRule.LatestDueEventDate(DateOnly.Parse(today), months));

    [Fact]
    public void LatestDueEventDate_AgreesWithIsDue_OnEveryDayOfFourYears()
    {
        foreach (var months in new[] { 1, 6, 24 })
        {
            for (var today = new DateOnly(2026, 1, 1); today < new DateOnly(2030, 1, 1); today = today.AddDays(1))
            {
                var latest = RetentionRule.LatestDueEventDate(today, months);
                Assert.True(RetentionRule.IsDue(latest, months, today), $"{latest} not due on {today} ({months})");
                Assert.False(RetentionRule.IsDue(latest.AddDays(1), months, today), $"{latest.AddDays(1)} due on {today} ({months})");
            }
        }
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(120, true)]
    [InlineData(121, false)]
    public void IsValidMonths_AcceptsOneToOneHundredTwenty(int months, bool valid) => Assert.Equal(valid, RetentionRule.IsValidMonths(months));

    [Fact]
    public void GeneralisedBirthDate_IsFirstOfJanuary_WhenNoAgeDateNeedsMore() =>
        Assert.Equal(new DateOnly(1990, 1, 1), RetentionRule.GeneralisedBirthDate(new DateOnly(1990, 3, 5), [new DateOnly(2026, 6, 1)]));

    [Fact]
    public void GeneralisedBirthDate_KeepsTheAgeOnEveryDate_WhenTheBirthdayHadNotPassedYet()
    {
        // Born 20 May 1996: 29 on entry (10 March 2026), 30 at the placement start (1 June 2026).
        var birth = new DateOnly(1996, 5, 20);
        DateOnly[] dates = [new(2026, 3, 10), new(2026, 6, 1)];
        var generalised = RetentionRule.GeneralisedBirthDate(birth, dates);
        Assert.Equal(new DateOnly(1996, 3, 11), generalised);
        Assert.All(dates, d => Assert.Equal(AgeBands.Age(birth, d), AgeBands.Age(generalised, d)));
    }

    [Fact]
    public void GeneralisedBirthDate_KeepsTheAge_OnEveryDayOfAYear_AndStaysInTheBirthYear()
    {
        var random = new Random(11);
        for (var i = 0; i < 2000; i++)
        {
            var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 365 * 40));
            var dates = Enumerable.Range(0, 3).Select(_ => birth.AddDays(random.Next(365 * 16, 365 * 60))).ToList();
            var generalised = RetentionRule.GeneralisedBirthDate(birth, dates);
            Assert.Equal(birth.Year, generalised.Year);
            Assert.True(generalised <= birth);
            Assert.All(dates, d => Assert.Equal(AgeBands.Age(birth, d), AgeBands.Age(generalised, d)));
        }
    }
}
