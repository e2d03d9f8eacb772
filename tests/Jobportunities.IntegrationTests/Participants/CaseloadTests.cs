using System.Net;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;

namespace Jobportunities.IntegrationTests.Participants;

public class CaseloadTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Coach = "coach2@jobportunities.test";

    [Fact]
    public async Task Caseload_PagesSortsFiltersAndSearches()
    {
        for (var i = 0; i < 30; i++)
        {
            await factory.ParticipantAsync($"Page{i:00}", Coach, familyName: $"Achternaam{i:00}");
        }

        var coach = factory.Browser();
        await coach.SignInAsync(Coach);

        var first = await coach.GetPageAsync("/participants");
        Assert.Contains("Deelnemers (30)", first);
        Assert.Contains("Page00 Achternaam00", first);
        Assert.DoesNotContain("Page29 Achternaam29", first);

        var second = await coach.GetPageAsync("/participants?page=2");
        Assert.Contains("Page29 Achternaam29", second);
        Assert.DoesNotContain("Page00 Achternaam00", second);

        var descending = await coach.GetPageAsync("/participants?sort=Name&desc=true");
        Assert.Contains("Page29 Achternaam29", descending);

        var search = await coach.GetPageAsync("/participants?q=Achternaam07");
        Assert.Contains("Deelnemers (1)", search);

        var noneInPlan = await coach.GetPageAsync("/participants?phase=Plan");
        Assert.Contains("id=\"caseload-empty\"", noneInPlan);
    }

    [Fact]
    public async Task Caseload_ShowsOnlyOwnParticipants_ToACoach_AndTheProgrammes_ToALead()
    {
        await factory.ParticipantAsync("OnlyMine", DemoAccounts.Coach, familyName: "Eigen");
        await factory.ParticipantAsync("NotMine", "coach.achterhoek@jobportunities.test", "meedoen-werkt", familyName: "Vreemd");

        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var page = await coach.GetPageAsync("/participants");
        Assert.Contains("OnlyMine Eigen", page);
        Assert.DoesNotContain("NotMine Vreemd", page);

        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var all = await lead.GetPageAsync("/participants?q=Vreemd");
        Assert.Contains("NotMine Vreemd", all);
    }

    [Fact]
    public async Task Caseload_SearchByReference()
    {
        var id = await factory.ParticipantAsync("ByRef", DemoAccounts.Coach, familyName: "Referentie");
        await using var db = factory.Db();
        var reference = db.Context.Participants.Single(p => p.Id == id).Reference;
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        Assert.Contains("ByRef Referentie", await coach.GetPageAsync($"/participants?q={reference.ToLowerInvariant()}"));
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync("/participants?page=999")).StatusCode);
    }
}
