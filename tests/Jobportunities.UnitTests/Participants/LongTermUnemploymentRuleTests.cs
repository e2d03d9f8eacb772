using Jobportunities.Core.Participants;

namespace Jobportunities.UnitTests.Participants;

public class LongTermUnemploymentRuleTests
{
    private static readonly DateOnly Entry = new(2030, 6, 15);
    private static readonly DateOnly Born1980 = new(1980, 1, 1);
    private static readonly DateOnly Born2008 = new(2008, 1, 1);

    private static IndicatorAnswers Unemployed(DateOnly? since, bool never = false) =>
        new() { LabourMarket = LabourMarketAnswer.Unemployed, WithoutWorkSince = since, NeverWorked = never };

    [Fact]
    public void From25_CountsOnlyMoreThan12Months()
    {
        Assert.False(LongTermUnemploymentRule.IsLongTermUnemployed(Unemployed(new DateOnly(2029, 6, 15)), Born1980, Entry));
        Assert.True(LongTermUnemploymentRule.IsLongTermUnemployed(Unemployed(new DateOnly(2029, 6, 1)), Born1980, Entry));
        Assert.False(LongTermUnemploymentRule.IsLongTermUnemployed(Unemployed(new DateOnly(2029, 7, 1)), Born1980, Entry));
    }

    [Fact]
    public void Under25_CountsMoreThan6Months()
    {
        Assert.True(LongTermUnemploymentRule.IsLongTermUnemployed(Unemployed(new DateOnly(2029, 12, 1)), Born2008, Entry));
        Assert.False(LongTermUnemploymentRule.IsLongTermUnemployed(Unemployed(new DateOnly(2030, 1, 1)), Born2008, Entry));
    }

    [Fact]
    public void NeverWorked_CountsFrom25_NotBelow()
    {
        Assert.True(LongTermUnemploymentRule.IsLongTermUnemployed(Unemployed(null, never: true), Born1980, Entry));
        Assert.False(LongTermUnemploymentRule.IsLongTermUnemployed(Unemployed(null, never: true), Born2008, Entry));
    }

    [Theory]
    [InlineData(LabourMarketAnswer.Employed)]
    [InlineData(LabourMarketAnswer.Inactive)]
    [InlineData(LabourMarketAnswer.Unknown)]
    public void OnlyTheUnemployed_AreLongTermUnemployed(LabourMarketAnswer status) =>
        Assert.False(LongTermUnemploymentRule.IsLongTermUnemployed(new IndicatorAnswers { LabourMarket = status, WithoutWorkSince = new DateOnly(2020, 1, 1) }, Born1980, Entry));

    [Fact]
    public void Participant_TakesTheAnswersFromTheApplication_AndDerivesLongTermUnemploymentOnTheDayOfEntry()
    {
        var details = new Core.Intake.CandidateDetails
        {
            GivenName = "Lang", FamilyName = "Zoekend", BirthDate = Born1980, Postcode = "7811 AB", Country = "NL",
            Benefit = Core.Programmes.BenefitSituation.Bijstand, Indicators = Unemployed(new DateOnly(2029, 5, 1)),
        };
        var application = new Core.Intake.Application(1, "JP-LTU001", Core.Intake.ApplicationSource.PublicForm, details,
            new Core.Programmes.EligibilityAssessment([], null), "nl", new DateTime(2030, 6, 1, 9, 0, 0, DateTimeKind.Utc));

        var participant = new Participant(1, application, "coach", new DateTime(2030, 6, 15, 9, 0, 0, DateTimeKind.Utc));

        Assert.Equal(application.Indicators, participant.Indicators);
        Assert.True(participant.LongTermUnemployedAtEntry);
    }
}
