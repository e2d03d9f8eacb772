using System.Net;
using Jobportunities.Core.Participants;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Participants;

public class IndicatorsPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task OwnCoach_RecordsTheEsfAnswers_AndLongTermUnemploymentIsDerived()
    {
        var id = await factory.ParticipantAsync("Indicator", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var url = $"/participants/{id}/indicators";
        Assert.Contains("id=\"indicator-voluntary\"", await coach.GetPageAsync(url));

        var response = await coach.PostFormAsync(url, url,
        [
            new("Form.LabourMarketStatus", "Unemployed"), new("Form.WithoutWorkSinceMonth", "1"), new("Form.WithoutWorkSinceYear", "2001"),
            new("Form.Disability", "RatherNotSay"), new("Form.ThirdCountryNational", "Yes"), new("Form.HousingExclusion", "No"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.Db();
        var p = await db.Context.Participants.AsNoTracking().SingleAsync(x => x.Id == id);
        Assert.Equal(LabourMarketAnswer.Unemployed, p.Indicators.LabourMarket);
        Assert.Equal(new DateOnly(2001, 1, 1), p.Indicators.WithoutWorkSince);
        Assert.Equal(VoluntaryAnswer.RatherNotSay, p.Indicators.Disability);
        Assert.Equal(VoluntaryAnswer.Yes, p.Indicators.ThirdCountryNational);
        Assert.Equal(VoluntaryAnswer.NotAsked, p.Indicators.Minority);
        Assert.True(p.LongTermUnemployedAtEntry);
        Assert.Contains("was de deelnemer bij instroom langdurig werkloos", await coach.GetPageAsync(url));
    }

    [Fact]
    public async Task LookingForWork_WithoutSinceWhen_ReshowsTheFormWithTheFieldNamed_AndStoresNothing()
    {
        var id = await factory.ParticipantAsync("IndicatorMissing", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var url = $"/participants/{id}/indicators";

        var response = await coach.PostFormAsync(url, url, [new("Form.LabourMarketStatus", "Unemployed"), new("Form.Minority", "Yes")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Zonder betaald werk sinds (maand)", page);
        Assert.Contains("of vink aan dat u nog nooit betaald werk had", page);
        await using var db = factory.Db();
        Assert.Equal(LabourMarketAnswer.Unknown, (await db.Context.Participants.AsNoTracking().SingleAsync(x => x.Id == id)).Indicators.LabourMarket);
    }

    [Fact]
    public async Task ThePublicForm_AsksTheStatusAndTheVoluntaryQuestions()
    {
        var client = factory.Browser();
        var page = await client.GetPageAsync("/intake/new-jobportunities-2");
        Assert.Contains("Form.Indicators.LabourMarketStatus", page);
        Assert.Contains("Zeg ik liever niet", page);
    }
}
