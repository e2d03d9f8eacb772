using System.Net;
using Jobportunities.Core.Common;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jobportunities.IntegrationTests.Placements.PlacementAndDurableCheckTests;

namespace Jobportunities.IntegrationTests.Placements;

/// <summary>Six months pass on the fake clock: a database of its own, so no other test sees the time move.</summary>
public class DurableCheckSixMonthsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task SixMonthsLater_TheCheckIsDue_AndRecordingItDurable_MakesTheParticipantDuurzaam()
    {
        var id = await factory.ParticipantAsync("Durable", DemoAccounts.Coach, familyName: "Zesmaanden");
        var employer = await EmployerAsync(factory, "44444444");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var start = factory.Clock.Today();
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
        Assert.Equal(start.AddMonths(6), factory.Clock.Today());
        coach = factory.Browser(); // six months later the old session has long expired
        await coach.SignInAsync(DemoAccounts.Coach);
        var list = await coach.GetPageAsync("/durable-checks");
        var dueSection = list[list.IndexOf("id=\"due\"", StringComparison.Ordinal)..list.IndexOf("id=\"upcoming\"", StringComparison.Ordinal)];
        Assert.Contains("Durable Zesmaanden", dueSection);

        var record = await coach.PostFormAsync($"/durable-checks/{checkId}", $"/durable-checks/{checkId}",
            [new("Form.Outcome", "Durable"), new("Form.Evidence", "EmployerConfirmation"), new("Form.VerifiedOn", factory.Clock.Today().ToString("yyyy-MM-dd"))]);
        Assert.Equal(HttpStatusCode.Redirect, record.StatusCode);

        await using var check = factory.Db();
        Assert.Equal(Phase.Durable, (await check.Context.Participants.SingleAsync(p => p.Id == id)).Phase);
        var stored = await check.Context.DurableChecks.SingleAsync(c => c.Id == checkId);
        Assert.Equal(DurableOutcome.Durable, stored.Outcome);
        Assert.Equal(DurableEvidence.EmployerConfirmation, stored.Evidence);
    }
}

/// <summary>
/// The daily job on a database file, so the two runs really use two connections at the same time
/// (one in-memory connection cannot serve two at once), and with a clock of its own.
/// </summary>
public class DurableCheckJobTests(DatabaseFileAppFactory factory) : IClassFixture<DatabaseFileAppFactory>
{
    [Fact]
    public async Task DailyJob_KeepsStatesCurrent_AndIsSafeToRunTwice()
    {
        var today = factory.Clock.Today();
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var employer = await EmployerAsync(factory, "66666666");

        // Four placements; twelve days later three of their checks are in another state.
        var cases = new (string Name, DateOnly Start, DurableState Before, DurableState After)[]
        {
            ("Jobupcoming", today.AddDays(10).AddMonths(-6), DurableState.Upcoming, DurableState.Due),
            ("Jobpending", today.AddDays(40).AddMonths(-6), DurableState.Pending, DurableState.Upcoming),
            ("Jobdue", today.AddDays(-25).AddMonths(-6), DurableState.Due, DurableState.Overdue),
            ("Jobstill", today, DurableState.Pending, DurableState.Pending),
        };
        var ids = new Dictionary<string, int>();
        foreach (var (name, start, _, _) in cases)
        {
            ids[name] = await factory.ParticipantAsync(name, DemoAccounts.Coach);
            var url = $"/participants/{ids[name]}/placements";
            Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(url, url, Placement(employer, start))).StatusCode);
        }

        Assert.Equal(cases.Select(c => c.Before), await StatesAsync());
        var (checks, phaseChanges, audit) = await CountsAsync();
        Assert.Equal(cases.Length, checks);

        factory.Clock.Advance(TimeSpan.FromDays(12));
        var job = factory.Services.GetRequiredService<DurableCheckJob>();
        // Two instances at the same moment, each on its own thread, scope, DbContext and connection.
        using var together = new Barrier(2);
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            together.SignalAndWait(TimeSpan.FromSeconds(30));
            return job.RunOnceAsync();
        })));

        // A run that read before the other wrote found the same three changes (its save then changes
        // nothing, or loses the version check); a run that read after found none.
        Assert.Contains(3, runs);
        Assert.All(runs, changed => Assert.True(changed is 0 or 3, $"a run changed {changed} checks"));
        Assert.Equal(cases.Select(c => c.After), await StatesAsync());
        Assert.Equal((checks, phaseChanges, audit), await CountsAsync());
        Assert.Equal(0, await job.RunOnceAsync());

        async Task<IEnumerable<DurableState>> StatesAsync()
        {
            await using var db = factory.Db();
            var states = await db.Context.DurableChecks.AsNoTracking().ToDictionaryAsync(c => c.ParticipantId, c => c.State);
            Assert.Equal(ids.Values.Order(), states.Keys.Order()); // one check per placement, none twice
            return cases.Select(c => states[ids[c.Name]]).ToList();
        }
    }

    private async Task<(int Checks, int PhaseChanges, int Audit)> CountsAsync()
    {
        await using var db = factory.Db();
        return (await db.Context.DurableChecks.CountAsync(), await db.Context.PhaseChanges.CountAsync(), await db.Context.AuditEntries.CountAsync());
    }
}
