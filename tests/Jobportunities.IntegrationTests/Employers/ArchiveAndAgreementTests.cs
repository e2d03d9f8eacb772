using System.Net;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Trajectories;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Matching;
using Jobportunities.IntegrationTests.Trajectories;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Employers;

/// <summary>Archiving employers instead of deleting them, and employer agreements that point to the register.</summary>
public class ArchiveAndAgreementTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly KeyValuePair<string, string>[] Confirmed = [new("Archive.Confirm", "true")];

    private static KeyValuePair<string, string>[] Agreement(int employerId) =>
        [new("NewAgreement.EmployerId", employerId.ToString()), new("NewAgreement.DevelopmentAgreement", "Inwerken met een vaste begeleider")];

    /// <summary>Whether a choice list of the page offers this employer (an option with its id and name).</summary>
    private static bool Offers(string page, int employerId, string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(page, $"<option[^>]*value=\"{employerId}\"[^>]*>{System.Text.RegularExpressions.Regex.Escape(name)}");

    private async Task<bool> IsArchivedAsync(int employerId)
    {
        await using var db = factory.Db();
        return (await db.Context.Employers.SingleAsync(e => e.Id == employerId)).IsArchived;
    }

    [Fact]
    public async Task Archive_WithoutConfirmation_IsRefused_NamingTheField()
    {
        var employer = await factory.EmployerAsync("Archief Bevestigen B.V.");
        var adviser = factory.Browser();
        await adviser.SignInAsync(DemoAccounts.Adviser);

        var response = await adviser.PostFormAsync($"/employers/{employer}", $"/employers/{employer}/archive", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vink ‘Bevestigen’ aan om te bevestigen.", await response.Content.ReadAsStringAsync());
        Assert.False(await IsArchivedAsync(employer));
    }

    [Fact]
    public async Task ArchivedEmployer_LeavesListsAndChoices_StaysOnHistory_AndCanBeRestored()
    {
        var employer = await factory.EmployerAsync("Archief Historie B.V.");
        var participant = await factory.ParticipantAsync("Archief", DemoAccounts.Coach, familyName: "Plaatsing");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var placements = $"/participants/{participant}/placements";
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(placements, placements,
            [new("Form.EmployerId", employer.ToString()), new("Form.Kind", "Job"), new("Form.ContractType", "FixedTerm"), new("Form.HoursPerWeek", "24"), new("Form.Country", "NL"), new("Form.StartDate", factory.Today().Iso())])).StatusCode);
        Assert.True(Offers(await coach.GetPageAsync(placements), employer, "Archief Historie"));
        var adviser = factory.Browser();
        await adviser.SignInAsync(DemoAccounts.Adviser);

        Assert.Equal(HttpStatusCode.Redirect, (await adviser.PostFormAsync($"/employers/{employer}", $"/employers/{employer}/archive", Confirmed)).StatusCode);

        Assert.True(await IsArchivedAsync(employer));
        // The employer's page first: it shows the archived notice and uses up the "archived" message, which names the employer.
        Assert.Contains("id=\"archived-notice\"", await adviser.GetPageAsync($"/employers/{employer}"));
        Assert.DoesNotContain("Archief Historie B.V.", await adviser.GetPageAsync("/employers"));
        Assert.Contains("Archief Historie B.V.", await adviser.GetPageAsync("/employers?archived=true"));
        var placementPage = await coach.GetPageAsync(placements);
        Assert.False(Offers(placementPage, employer, "Archief Historie"));
        Assert.Contains("Archief Historie B.V.", placementPage);
        Assert.False(Offers(await coach.GetPageAsync($"/participants/{participant}/plan"), employer, "Archief Historie"));
        await using (var db = factory.Db())
        {
            Assert.True(await db.Context.AuditEntries.AnyAsync(a => a.ObjectType == EmployerService.ObjectType && a.ObjectId == employer.ToString() && a.Detail == "archive"));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await adviser.PostFormAsync($"/employers/{employer}", $"/employers/{employer}/restore", Confirmed)).StatusCode);
        Assert.False(await IsArchivedAsync(employer));
        await adviser.GetPageAsync($"/employers/{employer}");
        Assert.Contains("Archief Historie B.V.", await adviser.GetPageAsync("/employers"));
    }

    [Fact]
    public async Task Archive_IsForThoseWhoKeepTheRegister()
    {
        var employer = await factory.EmployerAsync("Archief Rechten B.V.");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.PostFormAsync($"/employers/{employer}", $"/employers/{employer}/archive", Confirmed)).StatusCode);

        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.PostFormAsync("/employers", "/employers/999999/archive", Confirmed)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync($"/employers/{employer}", $"/employers/{employer}/archive", Confirmed)).StatusCode);
        Assert.True(await IsArchivedAsync(employer));
    }

    [Fact]
    public async Task Agreement_NamesAnEmployerOfTheRegister_AndRefusesAnArchivedOrUnknownOne()
    {
        var active = await factory.EmployerAsync("Afspraak Actief B.V.");
        var archived = await factory.EmployerAsync("Afspraak Archief B.V.");
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync($"/employers/{archived}", $"/employers/{archived}/archive", Confirmed)).StatusCode);
        var participant = await factory.ParticipantAsync("Afspraak", DemoAccounts.Coach, familyName: "Register");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var plan = $"/participants/{participant}/plan";

        var planPage = await coach.GetPageAsync(plan);
        Assert.True(Offers(planPage, active, "Afspraak Actief"));
        Assert.False(Offers(planPage, archived, "Afspraak Archief"));

        foreach (var refused in new[] { archived, 999_999 })
        {
            var response = await coach.PostFormAsync(plan, plan + "/agreements", Agreement(refused));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Kies een werkgever uit het werkgeversregister die niet gearchiveerd is.", await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(plan, plan + "/agreements", Agreement(active))).StatusCode);
        await using var db = factory.Db();
        var agreement = await db.Context.EmployerAgreements.SingleAsync(a => a.ParticipantId == participant);
        Assert.Equal(active, agreement.EmployerId);
        Assert.Equal("", agreement.EmployerName);
        Assert.Contains("<strong>Afspraak Actief B.V.</strong>", await coach.GetPageAsync(plan));
    }

    [Fact]
    public async Task AgreementLink_LinksExactNameMatchesOnce_AndKeepsTheOthersAsLegacyText()
    {
        var employer = await factory.EmployerAsync("Koppel Zorg Noord");
        var participant = await factory.ParticipantAsync("Koppel", DemoAccounts.Coach, familyName: "Oud");
        int matching, unmatched;
        await using (var db = factory.Db())
        {
            var a = EmployerAgreement.WithLegacyName(participant, "  koppel   ZORG noord ", "Oude afspraak", null);
            var b = EmployerAgreement.WithLegacyName(participant, "Koppel Zorg Noord-Oost", "Andere afspraak", null);
            db.Context.EmployerAgreements.AddRange(a, b);
            await db.Context.SaveChangesAsync();
            (matching, unmatched) = (a.Id, b.Id);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var link = scope.ServiceProvider.GetRequiredService<EmployerAgreementLink>();
        Assert.Equal(1, await link.LinkAsync()); // the only legacy agreements in this database are the two above
        Assert.Equal(0, await link.LinkAsync());

        await using var check = factory.Db();
        Assert.Equal(employer, (await check.Context.EmployerAgreements.SingleAsync(x => x.Id == matching)).EmployerId);
        var legacy = await check.Context.EmployerAgreements.SingleAsync(x => x.Id == unmatched);
        Assert.Null(legacy.EmployerId);
        Assert.Equal("Koppel Zorg Noord-Oost", legacy.EmployerName);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var plan = await coach.GetPageAsync($"/participants/{participant}/plan");
        Assert.Contains("<strong>Koppel Zorg Noord</strong>", plan);
        Assert.Contains("<strong>Koppel Zorg Noord-Oost</strong>", plan);
    }
}
