using Jobportunities.Core.Programmes;

namespace Jobportunities.UnitTests.Programmes;

/// <summary>"WW ending within N months" (Groningen Werkprogramma: WW ending within 6 months is in scope).</summary>
public class WwEndConditionTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateOnly Adult = new(1980, 5, 1);

    private static Programme Groningen(int? months = 6)
    {
        var programme = new Programme("groningen-test", "Groningen",
            new EligibilitySettings(18, 67, [BenefitSituation.Bijstand, BenefitSituation.Ww], months),
            new ProgrammeTargets(10, 10, 5), DurableCheckRule.Default, 60, 1000m, new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31));
        programme.AddArea("Groningen", "NL", AreaKind.Municipality, ["9711", "9712"]);
        return programme;
    }

    private static EligibilityAssessment Assess(Programme programme, BenefitSituation benefit, DateOnly? wwEnd) =>
        EligibilityRule.Assess(programme, new CandidateFacts("9711 AB", "NL", Adult, benefit, wwEnd), Today);

    [Fact]
    public void Assess_IsEligible_WhenWwEndsExactlySixMonthsFromToday()
    {
        Assert.True(Assess(Groningen(), BenefitSituation.Ww, Today.AddMonths(6)).IsEligible);
    }

    [Fact]
    public void Assess_FailsWwEnd_WhenWwEndsOneDayAfterSixMonths()
    {
        var result = Assess(Groningen(), BenefitSituation.Ww, Today.AddMonths(6).AddDays(1));

        Assert.Equal([EligibilityConditions.WwEnd], result.Unmet.Select(u => u.Code));
    }

    [Fact]
    public void Assess_IsEligible_WhenWwEndsToday()
    {
        Assert.True(Assess(Groningen(), BenefitSituation.Ww, Today).IsEligible);
    }

    [Fact]
    public void Assess_FailsWwEnd_WhenWwAlreadyEnded()
    {
        Assert.True(Assess(Groningen(), BenefitSituation.Ww, Today.AddDays(-1)).Fails(EligibilityConditions.WwEnd));
    }

    [Fact]
    public void Assess_FailsWwEnd_WhenEndDateMissing()
    {
        Assert.True(Assess(Groningen(), BenefitSituation.Ww, null).Fails(EligibilityConditions.WwEnd));
    }

    [Fact]
    public void Assess_IgnoresWwEndDate_ForBijstand()
    {
        Assert.True(Assess(Groningen(), BenefitSituation.Bijstand, null).IsEligible);
        Assert.True(Assess(Groningen(), BenefitSituation.Bijstand, Today.AddYears(2)).IsEligible);
    }

    [Fact]
    public void Assess_IsEligible_OnAnyWwEnd_WithoutTheCondition()
    {
        Assert.True(Assess(Groningen(null), BenefitSituation.Ww, null).IsEligible);
        Assert.True(Assess(Groningen(null), BenefitSituation.Ww, Today.AddYears(2)).IsEligible);
    }

    [Fact]
    public void Assess_ReportsBenefitNotWwEnd_WhenBenefitOutOfScope()
    {
        var result = Assess(Groningen(), BenefitSituation.None, null);

        Assert.Equal([EligibilityConditions.Benefit], result.Unmet.Select(u => u.Code));
    }

    [Fact]
    public void WwEndsInTime_ClampsToMonthEnd()
    {
        // 31 August + 6 months = 28 February 2027: the last day in scope.
        var today = new DateOnly(2026, 8, 31);
        Assert.True(EligibilityRule.WwEndsInTime(new DateOnly(2027, 2, 28), 6, today));
        Assert.False(EligibilityRule.WwEndsInTime(new DateOnly(2027, 3, 1), 6, today));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(37)]
    public void Settings_RefuseMonthsOutOfRange(int months)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EligibilitySettings(18, 67, [BenefitSituation.Ww], months));
    }

    [Fact]
    public void Settings_RefuseCondition_WithoutWwInScope()
    {
        Assert.Throws<ArgumentException>(() => new EligibilitySettings(18, 67, [BenefitSituation.Bijstand], 6));
    }
}
