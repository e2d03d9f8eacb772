using Jobportunities.Core.Programmes;

namespace Jobportunities.UnitTests.Programmes;

public class ProgrammeSettingsTests
{
    [Fact]
    public void DurableRule_HasDesignDefaults()
    {
        var rule = DurableCheckRule.Default;
        Assert.Equal(6, rule.PeriodMonths);
        Assert.Null(rule.MinimumHoursPerWeek);
        Assert.Equal(28, rule.MaxBreakDays);
    }

    [Theory]
    [InlineData("2026-08-31", "2027-02-28")]
    [InlineData("2027-08-31", "2028-02-29")]
    [InlineData("2026-01-15", "2026-07-15")]
    [InlineData("2026-12-31", "2027-06-30")]
    public void DurableRule_DueDate_AddsCalendarMonthsClampedToMonthEnd(string start, string due) =>
        Assert.Equal(DateOnly.Parse(due), DurableCheckRule.Default.DueDate(DateOnly.Parse(start)));

    [Theory]
    [InlineData(0, 28)]
    [InlineData(6, -1)]
    [InlineData(37, 28)]
    public void DurableRule_RefusesOutOfRangeSettings(int months, int breakDays) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DurableCheckRule(months, null, true, true, breakDays));

    [Fact]
    public void Eligibility_RefusesEmptyBenefitScope() =>
        Assert.Throws<ArgumentException>(() => new EligibilitySettings(18, 67, []));

    [Fact]
    public void Eligibility_RefusesInvertedAgeRange() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new EligibilitySettings(67, 18, [BenefitSituation.None]));

    [Fact]
    public void Eligibility_StoresBenefitScopeAsMask_AndReadsItBack()
    {
        var settings = new EligibilitySettings(18, 67, [BenefitSituation.Bijstand, BenefitSituation.Sgb2]);
        Assert.Equal([BenefitSituation.Bijstand, BenefitSituation.Sgb2], settings.BenefitsInScope);
        Assert.True(settings.Covers(BenefitSituation.Sgb2));
        Assert.False(settings.Covers(BenefitSituation.None));
    }

    [Theory]
    [InlineData("none", BenefitSituation.None)]
    [InlineData("WW", BenefitSituation.Ww)]
    [InlineData("sgb2", BenefitSituation.Sgb2)]
    public void BenefitCodes_RoundTrip(string code, BenefitSituation expected)
    {
        Assert.True(BenefitSituations.TryParseCode(code, out var parsed));
        Assert.Equal(expected, parsed);
        Assert.Equal(code.ToLowerInvariant(), parsed.ToCode());
    }

    [Fact]
    public void Programme_RefusesCodeThatIsNotUrlSafe() =>
        Assert.Throws<ArgumentException>(() => new Programme("New Jobs", "x", new EligibilitySettings(18, 67, [BenefitSituation.None]),
            new ProgrammeTargets(1, 1, 1), DurableCheckRule.Default, 60, 0, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));

    [Fact]
    public void Programme_RefusesPeriodEndingBeforeItStarts()
    {
        var programme = TestProgrammes.BorderRegion();
        Assert.Throws<ArgumentException>(() => programme.Update("x", null, programme.Eligibility, programme.Targets, programme.DurableRule,
            60, 0, new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 30)));
    }

    [Fact]
    public void Area_RefusesPostcodeOfTheOtherCountry()
    {
        var programme = TestProgrammes.BorderRegion();
        Assert.Throws<ArgumentException>(() => programme.AddArea("Grafschaft Bentheim", "DE", AreaKind.Landkreis, ["48527", "7811"]));
    }

    [Fact]
    public void ReplaceAreas_UpdatesKeepsAndRemoves()
    {
        var programme = TestProgrammes.BorderRegion();
        programme.ReplaceAreas([new AreaSettings(null, "Coevorden", "NL", AreaKind.Municipality, ["7741", "7742"])]);

        var area = Assert.Single(programme.Areas);
        Assert.Equal("Coevorden", area.Name);
        Assert.Equal(["7741", "7742"], area.Postcodes.Select(p => p.Code).Order());
    }
}
