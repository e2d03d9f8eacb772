using System.Net;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;

namespace Jobportunities.IntegrationTests.Reporting;

/// <summary>
/// Data-quality signals of the known set (<see cref="DashboardFiguresTests"/> says who is who): each
/// a link to its record; a coach sees their caseload's, a lead their programmes'.
/// </summary>
public class SignalsTests(ReportingAppFactory factory) : IClassFixture<ReportingAppFactory>
{
    private int Participant(string key) => factory.Seed.People[key].ParticipantId!.Value;

    private int Check(string key) => factory.Seed.People[key].CheckId!.Value;

    private int Application(string key) => factory.Seed.People[key].ApplicationId;

    private static string Section(string page, string id)
    {
        var start = page.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section {id}");
        var end = page.IndexOf("</section>", start, StringComparison.Ordinal);
        return page[start..end];
    }

    private async Task<string> SignalsOfAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        return await client.GetPageAsync("/signals");
    }

    [Theory]
    [InlineData(DemoAccounts.Coach)]
    [InlineData(DemoAccounts.Lead)]
    public async Task EachSignal_ListsItsRecords_WithALinkToThem(string email)
    {
        var page = await SignalsOfAsync(email);

        var overdue = Section(page, "check-overdue");
        Assert.Contains($"href=\"/durable-checks/{Check("A9")}\"", overdue);
        Assert.DoesNotContain($"href=\"/durable-checks/{Check("A8")}\"", overdue);
        Assert.DoesNotContain($"href=\"/durable-checks/{Check("A10")}\"", overdue);

        var evidence = Section(page, "placement-without-evidence");
        Assert.Contains($"href=\"/participants/{Participant("A6")}/placements\"", evidence);
        Assert.Contains($"href=\"/participants/{Participant("A10")}/placements\"", evidence);
        foreach (var key in new[] { "A1", "A7", "A8", "A9" })
        {
            Assert.DoesNotContain($"href=\"/participants/{Participant(key)}/placements\"", evidence);
        }

        var contact = Section(page, "no-recent-contact");
        Assert.Contains($"href=\"/participants/{Participant("D1")}\"", contact);
        Assert.Contains($"href=\"/participants/{Participant("D3")}\"", contact);
        foreach (var key in new[] { "D2", "A1", "E1", "L1", "C1" })
        {
            Assert.DoesNotContain($"href=\"/participants/{Participant(key)}\"", contact);
        }

        var waiting = Section(page, "application-waiting");
        Assert.Contains($"href=\"/intake-queue/{Application("N1")}\"", waiting);
        Assert.DoesNotContain($"href=\"/intake-queue/{Application("N2")}\"", waiting);
        Assert.DoesNotContain($"href=\"/intake-queue/{Application("N3")}\"", waiting);
    }

    [Fact]
    public async Task ACoach_SeesTheirOwnCaseload_ALead_OnlyTheirProgrammes()
    {
        var coach = await SignalsOfAsync(DemoAccounts.Coach);
        var lead = await SignalsOfAsync(DemoAccounts.Lead);
        var colleague = await SignalsOfAsync("coach2@jobportunities.test");

        // X1 is the coach's participant in a programme the lead is not a member of.
        Assert.Contains($"href=\"/participants/{Participant("X1")}\"", coach);
        Assert.DoesNotContain($"href=\"/participants/{Participant("X1")}\"", lead);
        Assert.DoesNotContain($"href=\"/participants/{Participant("D1")}\"", colleague);
        Assert.DoesNotContain($"href=\"/durable-checks/{Check("A9")}\"", colleague);
        Assert.DoesNotContain($"href=\"/intake-queue/{Application("N1")}\"", colleague);
    }

    [Fact]
    public async Task TheLinks_LeadToRecordsTheUserMayOpen()
    {
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        foreach (var url in new[] { $"/durable-checks/{Check("A9")}", $"/participants/{Participant("D1")}", $"/participants/{Participant("A6")}/placements", $"/intake-queue/{Application("N1")}" })
        {
            Assert.True(HttpStatusCode.OK == (await coach.GetAsync(url)).StatusCode, url);
        }
    }

    [Fact]
    public async Task TheStartPage_ShowsTheSignalsInShort_ToCoachesAndLeads_AndNotToOthers()
    {
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var home = await coach.GetPageAsync("/");
        Assert.Contains("id=\"home-signals\"", home);
        Assert.Contains("href=\"/signals#no-recent-contact\"", home);
        Assert.Contains("href=\"/signals\"", home);

        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        var adminHome = await admin.GetPageAsync("/");
        Assert.DoesNotContain("home-signals", adminHome);
        Assert.DoesNotContain("href=\"/signals\"", adminHome);
        Assert.DoesNotContain("href=\"/dashboard\"", adminHome);

        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        Assert.Contains("href=\"/dashboard\"", await lead.GetPageAsync("/"));
    }
}
