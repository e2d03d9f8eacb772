using System.Net;
using Jobportunities.Core.Common;
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
    public async Task SpecialCategoryAnswers_OnlyTheOwnCoachSeesThem_OthersWhoReadTheFileDoNot_AndTheInzageHoldsThemForThePerson()
    {
        const string OtherCoach = "coach2@jobportunities.test";
        var id = await factory.ParticipantAsync("Bijzonder", DemoAccounts.Coach, shareWithEmployers: true, familyName: "Gegeven");
        var owner = factory.Browser();
        await owner.SignInAsync(DemoAccounts.Coach);
        var url = $"/participants/{id}/indicators";
        Assert.Equal(HttpStatusCode.Redirect, (await owner.PostFormAsync(url, url,
        [
            new("Form.LabourMarketStatus", "Inactive"), new("Form.Disability", "Yes"), new("Form.ThirdCountryNational", "Yes"),
            new("Form.ForeignBackground", "Yes"), new("Form.Minority", "Yes"), new("Form.HousingExclusion", "Yes"),
        ])).StatusCode);
        Assert.Contains("id=\"file-indicators\"", await owner.GetPageAsync($"/participants/{id}"));

        // The person's own copy (inzage, GDPR art. 15) holds the answers: from the own coach and the administrator only.
        var json = await owner.GetStringAsync($"/participants/{id}/inzage.json");
        Assert.Contains("\"disability\": \"Yes\"", json);
        Assert.Contains("\"minority\": \"Yes\"", json);
        Assert.Contains("\"housingExclusion\": \"Yes\"", json);
        Assert.Contains("Handicap of langdurige ziekte", await owner.GetStringAsync($"/participants/{id}/inzage.html"));

        // A stand-in, the lead and the adviser (the person shares with employers) may read the file, never the answers.
        await using (var db = factory.Db())
        {
            db.Context.StandIns.Add(new StandIn(await factory.UserIdAsync(DemoAccounts.Coach), await factory.UserIdAsync(OtherCoach),
                factory.Clock.Today().AddDays(-1), factory.Clock.Today().AddDays(7), await factory.UserIdAsync(DemoAccounts.Lead), factory.Clock.GetUtcNow().UtcDateTime));
            await db.Context.SaveChangesAsync();
        }

        foreach (var email in new[] { OtherCoach, DemoAccounts.Lead, DemoAccounts.Adviser })
        {
            var client = factory.Browser();
            await client.SignInAsync(email);
            var file = await client.GetPageAsync($"/participants/{id}");
            Assert.Contains("Bijzonder Gegeven", file);
            Assert.DoesNotContain("file-indicators", file);
            Assert.DoesNotContain("indicator-voluntary", file);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync($"/participants/{id}", url, [new("Form.LabourMarketStatus", "Employed"), new("Form.Disability", "No")])).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync($"/participants/{id}/inzage.json")).StatusCode);
        }

        // Another coach of the programme without a stand-in does not reach the file at all.
        await using (var db = factory.Db())
        {
            await db.Context.StandIns.Where(s => s.StandInCoachId == db.Context.Users.Where(u => u.Email == OtherCoach).Select(u => u.Id).First())
                .ExecuteDeleteAsync();
        }

        var other = factory.Browser();
        await other.SignInAsync(OtherCoach);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/participants/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);

        await using var check = factory.Db();
        var stored = await check.Context.Participants.AsNoTracking().SingleAsync(x => x.Id == id);
        Assert.Equal(VoluntaryAnswer.Yes, stored.Indicators.Disability);
        Assert.Equal(LabourMarketAnswer.Inactive, stored.Indicators.LabourMarket);
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
