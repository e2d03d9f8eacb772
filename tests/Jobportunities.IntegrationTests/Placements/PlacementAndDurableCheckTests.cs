using System.Net;
using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Placements;

public class PlacementAndDurableCheckTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<int> EmployerAsync(string kvk)
    {
        await using var db = factory.Db();
        var employer = new Employer("Zorggroep Test " + kvk, "NL", kvk, Sector.Care, DateTime.UtcNow);
        db.Context.Employers.Add(employer);
        await db.Context.SaveChangesAsync();
        return employer.Id;
    }

    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    private static IEnumerable<KeyValuePair<string, string>> Placement(int employerId, DateOnly start, string kind = "Job", string hours = "32") =>
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
    public async Task SixMonthsLater_TheCheckIsDue_AndRecordingItDurable_MakesTheParticipantDuurzaam()
    {
        var id = await factory.ParticipantAsync("Durable", DemoAccounts.Coach, familyName: "Zesmaanden");
        var employer = await EmployerAsync("44444444");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var start = Today;
        await coach.PostFormAsync($"/participants/{id}/placements", $"/participants/{id}/placements", Placement(employer, start));

        int checkId;
        await using (var db = factory.Db())
        {
            checkId = (await db.Context.DurableChecks.SingleAsync(c => c.ParticipantId == id)).Id;
        }

        var early = await coach.PostFormAsync($"/durable-checks/{checkId}", $"/durable-checks/{checkId}",
            [new("Form.Outcome", "Durable"), new("Form.Evidence", "Payslip"), new("Form.VerifiedOn", start.ToString("yyyy-MM-dd"))]);
        Assert.Contains("De checkdatum is nog niet bereikt.", await early.Content.ReadAsStringAsync());

        factory.Clock.Advance(start.AddMonths(6).ToDateTime(TimeOnly.MinValue) - start.ToDateTime(TimeOnly.MinValue) + TimeSpan.FromHours(1));
        coach = factory.Browser(); // six months later the old session has long expired
        await coach.SignInAsync(DemoAccounts.Coach);
        var list = await coach.GetPageAsync("/durable-checks");
        var dueSection = list[list.IndexOf("id=\"due\"", StringComparison.Ordinal)..list.IndexOf("id=\"upcoming\"", StringComparison.Ordinal)];
        Assert.Contains("Durable Zesmaanden", dueSection);

        var record = await coach.PostFormAsync($"/durable-checks/{checkId}", $"/durable-checks/{checkId}",
            [new("Form.Outcome", "Durable"), new("Form.Evidence", "EmployerConfirmation"), new("Form.VerifiedOn", Today.ToString("yyyy-MM-dd"))]);
        Assert.Equal(HttpStatusCode.Redirect, record.StatusCode);

        await using var check = factory.Db();
        Assert.Equal(Phase.Durable, (await check.Context.Participants.SingleAsync(p => p.Id == id)).Phase);
        var stored = await check.Context.DurableChecks.SingleAsync(c => c.Id == checkId);
        Assert.Equal(DurableOutcome.Durable, stored.Outcome);
        Assert.Equal(DurableEvidence.EmployerConfirmation, stored.Evidence);
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

    [Fact]
    public async Task DailyJob_KeepsStatesCurrent_AndIsSafeToRunTwice()
    {
        var id = await factory.ParticipantAsync("Job", DemoAccounts.Coach);
        var employer = await EmployerAsync("66666666");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        await coach.PostFormAsync($"/participants/{id}/placements", $"/participants/{id}/placements", Placement(employer, Today.AddMonths(-6).AddDays(10)));
        factory.Clock.Advance(TimeSpan.FromDays(12));

        var job = factory.Services.GetService(typeof(DurableCheckJob)) as DurableCheckJob;
        Assert.NotNull(job);
        await Task.WhenAll(job!.RunOnceAsync(), job.RunOnceAsync());

        await using var db = factory.Db();
        Assert.Equal(DurableState.Due, (await db.Context.DurableChecks.SingleAsync(c => c.ParticipantId == id)).State);
    }
}
