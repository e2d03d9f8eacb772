using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Trajectories;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Jobportunities.IntegrationTests.Performance;

/// <summary>
/// The query budget of the staff pages (docs/performance.md): at most <see cref="Budget"/> SQL
/// commands per page view on the demo data, the audit row included; the programme dashboard has
/// its own, documented number.
/// </summary>
public sealed class QueryBudgetTests(AppFactory factory, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    public const int Budget = 10;
    public const int DashboardBudget = 30;

    [Fact]
    public async Task EveryStaffPage_StaysWithinItsQueryBudget()
    {
        var ids = await IdsAsync();
        var pages = new (string Account, string Url, int Budget)[]
        {
            (DemoAccounts.Coach, "/", Budget),
            (DemoAccounts.Coach, "/participants", Budget),
            (DemoAccounts.Coach, $"/participants/{ids.Participant}", Budget),
            (DemoAccounts.Coach, $"/participants/{ids.Participant}/plan", Budget),
            (DemoAccounts.Coach, $"/participants/{ids.Participant}/profile/edit", Budget),
            (DemoAccounts.Coach, $"/participants/{ids.Participant}/phase/edit", Budget),
            (DemoAccounts.Coach, $"/participants/{ids.Participant}/scan/edit", Budget),
            (DemoAccounts.Coach, $"/participants/{ids.Participant}/ladder/edit", Budget),
            (DemoAccounts.Coach, $"/participants/{ids.Participant}/barriers/edit", Budget),
            (DemoAccounts.Coach, $"/participants/{ids.Participant}/placements", Budget),
            (DemoAccounts.Coach, $"/participants/{ids.Participant}/documents", Budget),
            (DemoAccounts.Coach, $"/participants/{ids.Participant}/indicators", Budget),
            (DemoAccounts.Coach, "/durable-checks", Budget),
            (DemoAccounts.Coach, "/follow-ups", Budget),
            (DemoAccounts.Coach, "/signals", Budget),
            (DemoAccounts.Coach, "/employers", Budget),
            (DemoAccounts.Coach, $"/employers/{ids.Employer ?? 0}", Budget),
            (DemoAccounts.Coach, "/vacancies", Budget),
            (DemoAccounts.Coach, $"/vacancies/{ids.Vacancy ?? 0}", Budget),
            (DemoAccounts.Coach, $"/vacancies/{ids.Vacancy ?? 0}/matches", Budget),
            (DemoAccounts.Coach, "/training-providers", Budget),
            (DemoAccounts.Coach, $"/training-providers/{ids.Provider ?? 0}", Budget),
            (DemoAccounts.Coach, "/instruments", Budget),
            (DemoAccounts.Coach, "/matching-events", Budget),
            (DemoAccounts.Lead, "/", Budget),
            (DemoAccounts.Lead, "/participants", Budget),
            (DemoAccounts.Lead, $"/participants/{ids.Participant}", Budget),
            (DemoAccounts.Lead, "/intake-queue", Budget),
            (DemoAccounts.Lead, "/signals", Budget),
            (DemoAccounts.Lead, "/durable-checks", Budget),
            (DemoAccounts.Lead, "/follow-ups", Budget),
            (DemoAccounts.Adviser, "/employers?archived=true", Budget),
            (DemoAccounts.Lead, "/programmes/new-jobportunities-2/dashboard", DashboardBudget),
            (DemoAccounts.Adviser, "/", Budget),
            (DemoAccounts.Adviser, "/employers", Budget),
            (DemoAccounts.Adviser, "/vacancies", Budget),
            (DemoAccounts.Referrer, "/", Budget),
            (DemoAccounts.Referrer, "/referrals", Budget),
        };

        var over = new List<string>();
        var writes = new List<string>();
        foreach (var group in pages.Where(p => !p.Url.Contains("/0", StringComparison.Ordinal)).GroupBy(p => p.Account))
        {
            var client = factory.Browser();
            await client.SignInAsync(group.Key);
            foreach (var page in group)
            {
                // Counted is a view of a page already seen: the plan page's programme spend is read
                // once a minute per programme (docs/performance.md gives that first view's count).
                await client.GetAsync(page.Url);
                var key = Guid.NewGuid().ToString("N");
                using var request = new HttpRequestMessage(HttpMethod.Get, page.Url);
                request.Headers.Add(CommandCounter.Header, key);
                var response = await client.SendAsync(request);
                Assert.True((int)response.StatusCode < 500, $"{group.Key} {page.Url}: {(int)response.StatusCode}");
                var commands = factory.Commands.For(key);
                if (!response.IsSuccessStatusCode)
                {
                    output.WriteLine($"  -  {group.Key,-32} {page.Url}: {(int)response.StatusCode}, not this role's page");
                    continue;
                }

                output.WriteLine($"{commands.Count,3}  {group.Key,-32} {page.Url}");
                if (commands.Count > page.Budget)
                {
                    over.Add($"{page.Url} ({group.Key}): {commands.Count} commands, budget {page.Budget}");
                }

                // No GET writes, except the audit row of a read of personal data.
                writes.AddRange(commands.Where(IsWrite).Where(c => !c.Contains("INSERT INTO \"AuditEntries\"", StringComparison.Ordinal))
                    .Select(c => $"{page.Url} ({group.Key}): {c.Split('\n')[0]}"));
            }
        }

        Assert.True(writes.Count == 0, "A GET wrote to the database:\n" + string.Join("\n", writes));
        Assert.True(over.Count == 0, "Over the query budget:\n" + string.Join("\n", over));
    }

    [Fact]
    public async Task FileAndPlanPage_StayWithinTheBudget_ForEveryoneWhoMayReadThem()
    {
        const string standIn = "coach2@jobportunities.test";
        var id = await factory.ParticipantAsync("Budgetrollen", DemoAccounts.Coach, shareWithEmployers: true);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        await coach.PostFormAsync("/", $"/participants/{id}/contacts", [new("Contact.Date", "2026-01-10"), new("Contact.Kind", "Phone"), new("Contact.Summary", "Gesprek")]);
        await coach.PostFormAsync("/", $"/participants/{id}/barriers",
            [new("Barrier.Moment", "Intake"), new("Barrier.Date", "2026-01-05"), new("Barrier.Ratings[Debts]", "3"), new("Barrier.Ratings[Health]", "2")]);
        await using (var db = factory.Db())
        {
            var today = factory.Today();
            db.Context.StandIns.Add(new Core.Participants.StandIn(await factory.UserIdAsync(DemoAccounts.Coach), await factory.UserIdAsync(standIn),
                today.AddDays(-1), today.AddDays(7), await factory.UserIdAsync(DemoAccounts.Lead), factory.Clock.GetUtcNow().UtcDateTime));
            await db.Context.SaveChangesAsync();
        }

        var views = new (string Account, string Url)[]
        {
            (DemoAccounts.Coach, $"/participants/{id}"),
            (standIn, $"/participants/{id}"),
            (DemoAccounts.Lead, $"/participants/{id}"),
            (DemoAccounts.Adviser, $"/participants/{id}"),
            (standIn, $"/participants/{id}/barriers/edit"),
            (DemoAccounts.Coach, $"/participants/{id}/profile/edit"),
            (DemoAccounts.Coach, $"/participants/{id}/plan"),
            (standIn, $"/participants/{id}/plan"),
        };
        var over = new List<string>();
        foreach (var view in views)
        {
            var client = factory.Browser();
            await client.SignInAsync(view.Account);
            await client.GetAsync(view.Url); // the first view compiles the queries
            var key = Guid.NewGuid().ToString("N");
            using var request = new HttpRequestMessage(HttpMethod.Get, view.Url);
            request.Headers.Add(CommandCounter.Header, key);
            var response = await client.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"{view.Account} {view.Url}: {(int)response.StatusCode}");
            var commands = factory.Commands.For(key);
            output.WriteLine($"{commands.Count,3}  {view.Account,-32} {view.Url}");
            foreach (var command in commands)
            {
                output.WriteLine("       " + string.Join(' ', command.Split('\n', StringSplitOptions.TrimEntries)));
            }

            if (commands.Count > Budget)
            {
                over.Add($"{view.Url} ({view.Account}): {commands.Count} commands, budget {Budget}");
            }
        }

        Assert.True(over.Count == 0, "Over the query budget:\n" + string.Join("\n", over));
    }

    private static bool IsWrite(string sql) =>
        sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(s => s.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || s.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) || s.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase));

    private async Task<(int Participant, int? Employer, int? Vacancy, int? Provider)> IdsAsync()
    {
        await using var db = factory.Db();
        var c = db.Context;
        var coachId = (await c.Users.SingleAsync(u => u.Email == DemoAccounts.Coach)).Id;
        // A file of the demo coach with placements, so the sections have rows.
        var ofCoach = c.Participants.Where(p => p.CoachId == coachId);
        var participant = await c.Placements.Where(x => ofCoach.Any(p => p.Id == x.ParticipantId)).OrderBy(x => x.ParticipantId).Select(x => (int?)x.ParticipantId).FirstOrDefaultAsync()
            ?? await ofCoach.OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync()
            ?? await factory.ParticipantAsync("Budget", DemoAccounts.Coach);
        // The test host seeds no employers or providers: their detail pages are measured when there are some.
        var vacancy = await c.Vacancies.OrderBy(v => v.Id).Select(v => new { v.Id, v.EmployerId }).FirstOrDefaultAsync();
        var provider = await c.TrainingProviders.OrderBy(t => t.Id).Select(t => (int?)t.Id).FirstOrDefaultAsync();
        return (participant, vacancy?.EmployerId, vacancy?.Id, provider);
    }
}
