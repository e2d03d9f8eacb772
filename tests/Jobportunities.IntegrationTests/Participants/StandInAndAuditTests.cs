using System.Net;
using Jobportunities.Core.Common;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Participants;

public class StandInAndAuditTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Lead_LetsACoachStandIn_WhoThenWorksTheColleaguesCaseload_UntilEnded()
    {
        var id = await factory.ParticipantAsync("Absent", "coach2@jobportunities.test", familyName: "Waarneming");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/participants/{id}")).StatusCode);

        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var today = factory.Clock.Today();
        var grant = await lead.PostFormAsync("/stand-ins", "/stand-ins",
        [
            new("Form.AbsentCoachId", await factory.UserIdAsync("coach2@jobportunities.test")),
            new("Form.StandInCoachId", await factory.UserIdAsync(DemoAccounts.Coach)),
            new("Form.From", today.ToString("yyyy-MM-dd")), new("Form.Until", today.AddDays(10).ToString("yyyy-MM-dd")),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/participants/{id}")).StatusCode);
        Assert.Contains("Absent Waarneming", await coach.GetPageAsync("/participants"));

        int standInId;
        await using (var db = factory.Db())
        {
            standInId = (await db.Context.StandIns.OrderByDescending(s => s.Id).FirstAsync()).Id;
        }

        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync("/stand-ins", $"/stand-ins/{standInId}/end", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/participants/{id}")).StatusCode);
    }

    [Fact]
    public async Task StandIn_RefusesACoachForThemselves_AndIsForLeadsOnly()
    {
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var coachId = await factory.UserIdAsync(DemoAccounts.Coach);
        var same = await lead.PostFormAsync("/stand-ins", "/stand-ins",
            [new("Form.AbsentCoachId", coachId), new("Form.StandInCoachId", coachId), new("Form.From", "2026-01-01"), new("Form.Until", "2026-01-10")]);
        Assert.Contains("Een coach kan niet voor zichzelf waarnemen.", await same.Content.ReadAsStringAsync());

        foreach (var email in new[] { DemoAccounts.Coach, DemoAccounts.Admin, DemoAccounts.Referrer, DemoAccounts.Adviser })
        {
            var client = factory.Browser();
            await client.SignInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/stand-ins")).StatusCode);
        }
    }

    [Fact]
    public async Task AuditLog_IsSearchableByLeadsAndAdministrators_Only()
    {
        var id = await factory.ParticipantAsync("Searchable", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        await coach.GetPageAsync($"/participants/{id}");

        foreach (var email in new[] { DemoAccounts.Lead, DemoAccounts.Admin })
        {
            var client = factory.Browser();
            await client.SignInAsync(email);
            var page = await client.GetPageAsync($"/audit?type=Participant&id={id}");
            Assert.Contains("Sanne de Vries", page);
            Assert.Contains("Read", page);
        }

        foreach (var email in new[] { DemoAccounts.Coach, DemoAccounts.Referrer, DemoAccounts.Adviser })
        {
            var client = factory.Browser();
            await client.SignInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/audit")).StatusCode);
        }
    }
}
