using System.Net;
using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Participants;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Placements;

public class PlacementAndDurableCheckTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private Task<int> EmployerAsync(string kvk) => EmployerAsync(factory, kvk);

    internal static async Task<int> EmployerAsync(AppFactory app, string kvk)
    {
        await using var db = app.Db();
        var employer = new Employer("Zorggroep Test " + kvk, "NL", kvk, Sector.Care, app.Clock.GetUtcNow().UtcDateTime);
        db.Context.Employers.Add(employer);
        await db.Context.SaveChangesAsync();
        return employer.Id;
    }

    private DateOnly Today => factory.Clock.Today();

    internal static IEnumerable<KeyValuePair<string, string>> Placement(int employerId, DateOnly start, string kind = "Job", string hours = "32") =>
        [new("Form.EmployerId", employerId.ToString()), new("Form.Kind", kind), new("Form.ContractType", "FixedTerm"), new("Form.HoursPerWeek", hours), new("Form.Country", "NL"), new("Form.StartDate", start.ToString("yyyy-MM-dd"))];

    [Fact]
    public async Task RecordingAPlacement_MovesThePhaseToPlaced_AndOpensADurableCheck()
    {
        var id = await factory.ParticipantAsync("Placed", DemoAccounts.Coach);
        var employer = await EmployerAsync("11111111");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        var response = await coach.PostFormAsync($"/participants/{id}/placements", $"/participants/{id}/placements", Placement(employer, new DateOnly(2026, 8, 31)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.Db();
        Assert.Equal(Phase.Placed, (await db.Context.Participants.SingleAsync(p => p.Id == id)).Phase);
        var check = await db.Context.DurableChecks.SingleAsync(c => c.ParticipantId == id);
        Assert.Equal(new DateOnly(2027, 2, 28), check.DueDate);
        Assert.Equal([Phase.Plan, Phase.Trajectory, Phase.Placed], await db.Context.PhaseChanges.Where(c => c.ParticipantId == id).OrderBy(c => c.Id).Select(c => c.To).ToListAsync());
    }

    [Fact]
    public async Task Placement_WithErrors_IsRefused_AndEndBeforeStartToo()
    {
        var id = await factory.ParticipantAsync("Wrong", DemoAccounts.Coach);
        var employer = await EmployerAsync("22222222");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var url = $"/participants/{id}/placements";

        var noHours = await coach.PostFormAsync(url, url, Placement(employer, Today, hours: ""));
        Assert.Contains("Vul ‘Uren per week’ in.", await noHours.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(url, url, Placement(employer, Today))).StatusCode);
        int placementId;
        await using (var db = factory.Db())
        {
            placementId = (await db.Context.Placements.SingleAsync(p => p.ParticipantId == id)).Id;
        }

        var end = await coach.PostFormAsync(url, url + "/end", [new("End.PlacementId", placementId.ToString()), new("End.EndDate", Today.AddDays(-1).ToString("yyyy-MM-dd")), new("End.Reason", "Other")]);
        Assert.Contains("De einddatum ligt voor de startdatum.", await end.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Placements_FollowTheFileRights()
    {
        var id = await factory.ParticipantAsync("Rights", DemoAccounts.Coach);
        var employer = await EmployerAsync("33333333");
        var url = $"/participants/{id}/placements";

        var other = factory.Browser();
        await other.SignInAsync("coach2@jobportunities.test");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync("/", url, Placement(employer, Today))).StatusCode);

        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostFormAsync("/", url, Placement(employer, Today))).StatusCode);

        foreach (var email in new[] { DemoAccounts.Referrer, DemoAccounts.Admin })
        {
            var client = factory.Browser();
            await client.SignInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/durable-checks")).StatusCode);
        }
    }

    [Fact]
    public async Task EndedPlacementWithoutNewWork_ShowsNotDurable_BeforeTheDate()
    {
        var id = await factory.ParticipantAsync("Broken", DemoAccounts.Coach, familyName: "Onderbroken");
        var employer = await EmployerAsync("55555555");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var url = $"/participants/{id}/placements";
        var start = Today.AddDays(-60);
        await coach.PostFormAsync(url, url, Placement(employer, start));
        int placementId;
        await using (var db = factory.Db())
        {
            placementId = (await db.Context.Placements.SingleAsync(p => p.ParticipantId == id)).Id;
        }

        await coach.PostFormAsync(url, url + "/end", [new("End.PlacementId", placementId.ToString()), new("End.EndDate", Today.AddDays(-29).ToString("yyyy-MM-dd")), new("End.Reason", "Dismissed")]);

        var page = await coach.GetPageAsync(url);
        Assert.Contains("Niet duurzaam (onderbroken)", page);
        var list = await coach.GetPageAsync("/durable-checks");
        Assert.Contains("Broken Onderbroken", list[list.IndexOf("id=\"notdurable\"", StringComparison.Ordinal)..]);
    }
}
