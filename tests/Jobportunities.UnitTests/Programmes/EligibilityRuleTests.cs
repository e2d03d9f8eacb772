using Jobportunities.Core.Programmes;

namespace Jobportunities.UnitTests.Programmes;

public class EligibilityRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateOnly Adult = new(1980, 5, 1);

    [Theory]
    [InlineData("7811 AB", "NL", "Emmen")]
    [InlineData("7741ab", "NL", "Emmen")]
    [InlineData("49716", "DE", "Landkreis Emsland")]
    [InlineData("26871", "DE", "Landkreis Emsland")]
    public void Assess_IsEligible_WhenPostcodeInRegionOnEitherSide(string postcode, string country, string area)
    {
        var result = EligibilityRule.Assess(TestProgrammes.BorderRegion(), new CandidateFacts(postcode, country, Adult, BenefitSituation.None), Today);

        Assert.True(result.IsEligible);
        Assert.Equal(area, result.Area!.Name);
    }

    [Theory]
    [InlineData("49074", "DE")] // Osnabrück: a 49 postcode outside the region
    [InlineData("9711", "NL")] // Groningen
    [InlineData("7811", "DE")] // right digits, wrong country
    [InlineData("not a postcode", "NL")]
    public void Assess_FailsRegion_WhenPostcodeOutsideRegion(string postcode, string country)
    {
        var result = EligibilityRule.Assess(TestProgrammes.BorderRegion(), new CandidateFacts(postcode, country, Adult, BenefitSituation.None), Today);

        Assert.False(result.IsEligible);
        Assert.Equal([EligibilityConditions.Region], result.Unmet.Select(u => u.Code));
    }

    [Fact]
    public void Assess_IsEligible_OnEighteenthBirthdayItself()
    {
        var result = EligibilityRule.Assess(TestProgrammes.BorderRegion(), new CandidateFacts("7811", "NL", Today.AddYears(-18), BenefitSituation.None), Today);
        Assert.True(result.IsEligible);
    }

    [Fact]
    public void Assess_FailsAge_TheDayBeforeEighteenthBirthday()
    {
        var result = EligibilityRule.Assess(TestProgrammes.BorderRegion(), new CandidateFacts("7811", "NL", Today.AddYears(-18).AddDays(1), BenefitSituation.None), Today);
        Assert.True(result.Fails(EligibilityConditions.Age));
    }

    [Fact]
    public void Assess_IsEligible_TheDayBeforeSixtyEighthBirthday()
    {
        var result = EligibilityRule.Assess(TestProgrammes.BorderRegion(), new CandidateFacts("7811", "NL", Today.AddYears(-68).AddDays(1), BenefitSituation.None), Today);
        Assert.True(result.IsEligible);
    }

    [Fact]
    public void Assess_FailsAge_OnSixtyEighthBirthday()
    {
        var result = EligibilityRule.Assess(TestProgrammes.BorderRegion(), new CandidateFacts("7811", "NL", Today.AddYears(-68), BenefitSituation.None), Today);
        Assert.True(result.Fails(EligibilityConditions.Age));
    }

    [Theory]
    [InlineData(BenefitSituation.None, true)]
    [InlineData(BenefitSituation.Ww, false)]
    [InlineData(BenefitSituation.Bijstand, false)]
    [InlineData(BenefitSituation.Sgb2, false)]
    [InlineData(BenefitSituation.Sgb3, false)]
    [InlineData(BenefitSituation.Other, false)]
    public void Assess_ChecksEachBenefitSituation_AgainstStilleReserveScope(BenefitSituation benefit, bool eligible)
    {
        var result = EligibilityRule.Assess(TestProgrammes.BorderRegion(), new CandidateFacts("49808", "DE", Adult, benefit), Today);
        Assert.Equal(eligible, result.IsEligible);
        Assert.Equal(!eligible, result.Fails(EligibilityConditions.Benefit));
    }

    [Fact]
    public void Assess_ReportsEveryUnmetCondition_NotOnlyTheFirst()
    {
        var programme = TestProgrammes.BorderRegion(benefits: [BenefitSituation.Bijstand]);
        var result = EligibilityRule.Assess(programme, new CandidateFacts("49074", "DE", Today.AddYears(-16), BenefitSituation.None), Today);

        Assert.Equal([EligibilityConditions.Region, EligibilityConditions.Age, EligibilityConditions.Benefit], result.Unmet.Select(u => u.Code));
    }

    [Theory]
    [InlineData("2000-02-29", "2018-02-28", 17)]
    [InlineData("2000-02-29", "2018-03-01", 18)]
    [InlineData("2000-02-29", "2020-02-29", 20)]
    [InlineData("1990-11-25", "2026-11-25", 36)]
    [InlineData("1990-11-26", "2026-11-25", 35)]
    public void AgeOn_CountsWholeYears_IncludingLeapDayBirthdays(string birth, string day, int age) =>
        Assert.Equal(age, EligibilityRule.AgeOn(DateOnly.Parse(birth), DateOnly.Parse(day)));
}
