using System.Text.RegularExpressions;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Today;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Jobportunities.IntegrationTests.Performance;

/// <summary>
/// A page about one person, and the durable-check list, read the tables that grow with the
/// participants through an index (docs/performance.md, "Session 4"): every SELECT the page sends
/// goes through SQLite's EXPLAIN QUERY PLAN on the test database, and no plan may SCAN such a
/// table. The plans do not depend on the amount of data (the database keeps no statistics), so a
/// page that passes here reads the same few rows with 100,000 participants.
/// </summary>
public sealed partial class QueryPlanTests(AppFactory factory, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    /// <summary>Tables with rows per participant or application: reading one whole costs in proportion to the programme.</summary>
    private static readonly HashSet<string> GrowWithParticipants =
    [
        "Participants", "Applications", "ConsentRecords", "PhaseChanges", "LadderRecords", "ContactMoments", "BarrierAssessments", "BarrierRating",
        "ScanExperiences", "ScanSkills", "ScanLanguages", "PlanGoals", "PlanInstruments", "CostShares", "WorkBasedLearningCertificates",
        "EmployerAgreements", "Enrolments", "PlanHistory", "Placements", "DurableChecks", "VacancyProposals", "Documents", "FollowUps", "AuditEntries",
    ];

    [Fact]
    public async Task FilePlanAndDurableChecks_SearchByIndex_NeverScanATableThatGrowsWithTheParticipants()
    {
        var file = await factory.FileWithActionAsync("Planlezer", DemoAccounts.Coach, actionInDays: 3);
        await factory.CheckAsync(file, dueInDays: -5);
        await factory.WagonStartingTodayAsync(file);
        await AssertNoScansAsync(
        [
            (DemoAccounts.Coach, $"/participants/{file}"),
            (DemoAccounts.Coach, $"/participants/{file}/plan"),
            (DemoAccounts.Coach, "/durable-checks"),
            (DemoAccounts.Lead, "/durable-checks"),
        ]);
    }

    /// <summary>
    /// The dashboard's figures (read through its export, which computes them on every request; the page shares
    /// them for a minute, ADR 0032) reach the programme's rows from its participants, never by reading every
    /// placement, check or plan item of the database; the referrer's list reads its organisation's referrals by index.
    /// </summary>
    [Fact]
    public async Task DashboardFiguresAndReferralList_SearchByIndex_NeverScanATableThatGrowsWithTheParticipants()
    {
        var file = await factory.FileWithActionAsync("Dashboardlezer", DemoAccounts.Coach, actionInDays: 3);
        await factory.CheckAsync(file, dueInDays: -5);
        await factory.WagonStartingTodayAsync(file);
        await AssertNoScansAsync(
        [
            (DemoAccounts.Lead, "/programmes/new-jobportunities-2/exports/dashboard.csv"),
            (DemoAccounts.Referrer, "/referrals"),
        ]);
    }

    /// <summary>
    /// The referrer's list shows a page of the organisation's referrals, newest first: SQLite reads that page
    /// in an index's order instead of sorting every referral of the organisation on each view (a partner that
    /// sends thousands a month made the list the slowest staff page of the load harness).
    /// </summary>
    [Fact]
    public async Task ReferralList_ReadsItsPageInTheIndexOrder_WithoutSortingAllTheOrganisationsReferrals()
    {
        var plan = await ApplicationListPlanAsync(DemoAccounts.Referrer, "/referrals");

        Assert.Contains(plan, step => step.Contains("IX_Applications_OrganisationId_SubmittedUtc", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal));
    }

    /// <summary>
    /// The signal "application waiting" lists the oldest of what can be thousands of unhandled applications:
    /// SQLite picks them from the covering index (programme, status, submission time, id) and reads only their
    /// rows, instead of reading and sorting every waiting application's row on each view (100,000-participant
    /// harness: 16 ms for that one query, docs/performance.md, session 8).
    /// </summary>
    [Fact]
    public async Task WaitingApplicationsSignal_PicksTheOldestFromTheIndex_WithoutReadingEveryWaitingApplication()
    {
        await using (var db = factory.Db())
        {
            var submitted = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-30);
            List<int> waiting = [(await factory.ApplyAsync("Wachtend")).Id, (await factory.ApplyAsync("Langwachtend")).Id];
            await db.Context.Applications.Where(a => waiting.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.SubmittedUtc, submitted));
        }

        var plan = await ApplicationListPlanAsync(DemoAccounts.Lead, "/signals");

        Assert.Contains(plan, step => step.Contains("USING COVERING INDEX IX_Applications_ProgrammeId_Status_SubmittedUtc", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("USING INTEGER PRIMARY KEY", StringComparison.Ordinal));
    }

    /// <summary>
    /// The start page and the signals list read a caseload's or a programme's rows from its participants,
    /// never every check, follow-up, contact or application of the database.
    /// </summary>
    [Fact]
    public async Task StartPageAndSignals_SearchByIndex_NeverScanATableThatGrowsWithTheParticipants()
    {
        var file = await factory.FileWithActionAsync("Startlezer", DemoAccounts.Coach, actionInDays: -1);
        await factory.CheckAsync(file, dueInDays: -5);
        await factory.WagonStartingTodayAsync(file);
        await AssertNoScansAsync(
        [
            (DemoAccounts.Coach, "/"),
            (DemoAccounts.Coach, "/signals"),
            (DemoAccounts.Lead, "/"),
            (DemoAccounts.Lead, "/signals"),
        ]);
    }

    private async Task AssertNoScansAsync((string Account, string Url)[] pages)
    {
        var scans = new List<string>();
        foreach (var (account, url) in pages)
        {
            var selects = (await CommandsAsync(account, url)).Where(c => c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.NotEmpty(selects);
            foreach (var sql in selects)
            {
                var tables = Aliases().Matches(sql).GroupBy(m => m.Groups[2].Value).ToDictionary(g => g.Key, g => g.First().Groups[1].Value);
                foreach (var step in await PlanAsync(sql))
                {
                    var scan = Scan().Match(step);
                    if (scan.Success && tables.TryGetValue(scan.Groups[1].Value, out var table) && GrowWithParticipants.Contains(table))
                    {
                        scans.Add($"{account} {url}: {step} ({table}) in\n{sql}");
                    }
                }
            }

            output.WriteLine($"{account} {url}: {selects.Count} SELECTs");
        }

        Assert.True(scans.Count == 0, string.Join("\n\n", scans));
    }

    private async Task<IReadOnlyList<string>> CommandsAsync(string account, string url)
    {
        var client = factory.Browser();
        await client.SignInAsync(account);
        await client.GetAsync(url); // the first view compiles the queries and fills the per-programme caches
        var key = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(CommandCounter.Header, key);
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{account} {url}: {(int)response.StatusCode}");
        return factory.Commands.For(key);
    }

    /// <summary>The plan of the page's one list of applications: the SELECT from Applications that sorts and takes the first rows.</summary>
    private async Task<IReadOnlyList<string>> ApplicationListPlanAsync(string account, string url)
    {
        var commands = await CommandsAsync(account, url);
        var list = Assert.Single(commands, c => c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && c.Contains("ORDER BY", StringComparison.Ordinal)
            && c.Contains("LIMIT", StringComparison.Ordinal) && c.Contains("FROM \"Applications\"", StringComparison.Ordinal));
        return await PlanAsync(list);
    }

    /// <summary>The steps of SQLite's plan for a command; parameters are NULL (the plan does not depend on their values).</summary>
    private async Task<IReadOnlyList<string>> PlanAsync(string sql)
    {
        await using var db = factory.Db();
        await db.Context.Database.OpenConnectionAsync();
        await using var command = db.Context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + Parameter().Replace(sql, "NULL");
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    [GeneratedRegex("""(?:FROM|JOIN) "(\w+)" AS "(\w+)"(?!\w)""")]
    private static partial Regex Aliases();

    [GeneratedRegex(@"^SCAN (\w+)")]
    private static partial Regex Scan();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}
