using Jobportunities.BrowserTests.Infrastructure;
using Jobportunities.Core.Common;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Employers;

/// <summary>An adviser adds an employer and a vacancy by labels and buttons, then sees the matching candidates ranked, with why.</summary>
[Collection("browser")]
public sealed class AdviserVacancyMatchingTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Adviser_AddsVacancy_AndSeesRankedMatchesWithExplanations()
    {
        await CandidateAsync("Ilse", "Wolters", [Sector.Care], hours: 24, skills: ["Persoonlijke verzorging"], consent: true);
        await CandidateAsync("Karel", "Mulder", [Sector.Retail], hours: 16, skills: [], consent: true);
        await CandidateAsync("Geheim", "Zonder", [Sector.Care], hours: 32, skills: ["Persoonlijke verzorging"], consent: false);
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "adviser@jobportunities.test");

        await page.GetByRole(AriaRole.Link, new() { Name = "Werkgevers", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe werkgever" }).ClickAsync();
        await AxeCheck.AssertNoViolationsAsync(page);
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Zorgcentrum De Es");
        await page.GetByLabel("Land").SelectOptionAsync(new SelectOptionValue { Label = "Nederland" });
        await page.GetByLabel("KvK-nummer of Handelsregisternummer").FillAsync("0498 7654");
        await page.GetByLabel("Sector").SelectOptionAsync(new SelectOptionValue { Label = "Zorg en welzijn" });
        await page.GetByLabel("Postcode (niet verplicht)").FillAsync("7822 AH");
        await page.GetByLabel("Plaats (niet verplicht)").FillAsync("Emmen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Werkgever Zorgcentrum De Es is toegevoegd.");
        await Expect(page.Locator("#employer")).ToContainTextAsync("04987654");

        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe vacature" }).ClickAsync();
        await page.GetByLabel("Functietitel").FillAsync("Helpende zorg");
        await page.GetByLabel("Uren per week").FillAsync("24");
        await page.GetByLabel("Functie-eisen (niet verplicht)").FillAsync("Persoonlijke verzorging van bewoners, rapporteren.");
        await page.GetByLabel("Gecreëerde werkplek", new() { Exact = false }).CheckAsync();
        await AxeCheck.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Vacature Helpende zorg is toegevoegd.");
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Passende kandidaten" }).ClickAsync();
        var ranking = page.Locator("#matches > li");
        await Expect(ranking).ToHaveCountAsync(2);
        await Expect(ranking.Nth(0).GetByRole(AriaRole.Heading)).ToContainTextAsync("Ilse Wolters");
        await Expect(ranking.Nth(1).GetByRole(AriaRole.Heading)).ToContainTextAsync("Karel Mulder");
        await Expect(page.Locator("#matches")).Not.ToContainTextAsync("Geheim Zonder");
        var why = ranking.Nth(0).GetByRole(AriaRole.Table, new() { Name = "Waarom Ilse Wolters hier staat" });
        await Expect(why.GetByRole(AriaRole.Row, new() { Name = "Sector" })).ToContainTextAsync("Sectorwens: Zorg en welzijn.");
        await Expect(why.GetByRole(AriaRole.Row, new() { Name = "Vaardigheden" })).ToContainTextAsync("In de functie-eisen gevonden: Persoonlijke verzorging.");
        await Expect(why.GetByRole(AriaRole.Row, new() { Name = "Reistijd" })).ToContainTextAsync("1,4 km hemelsbreed");
        await Expect(ranking.Nth(1)).ToContainTextAsync("Beschikbaar 16 uur per week, minder dan de 24 uur die de vacature vraagt.");
        await Expect(page.Locator("#consent-note")).ToBeVisibleAsync();

        await BrowserFixture.ScreenshotAsync(page, "vacancy-matches");
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    /// <summary>A participant in phase Plan in Emmen (7811) with a work profile and, when asked, consent for employers.</summary>
    private async Task CandidateAsync(string givenName, string familyName, Sector[] wishes, int hours, string[] skills, bool consent)
    {
        var id = await app.ParticipantAsync(givenName, familyName);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        var p = await db.Participants.SingleAsync(x => x.Id == id);
        p.UpdateWorkPreferences(new WorkPreferenceInput(wishes, hours, true, true, null, null));
        db.PhaseChanges.Add(p.MoveTo(Phase.Plan, p.CoachId, app.Clock.GetUtcNow().UtcDateTime)!);
        db.ScanSkills.AddRange(skills.Select(s => new ScanSkill(id, s, 3)));
        db.ConsentRecords.Add(new ConsentRecord(p.ApplicationId, ConsentPurpose.ShareWithEmployers, consent, ConsentMethod.Signature, app.Clock.GetUtcNow().UtcDateTime, p.CoachId));
        await db.SaveChangesAsync();
    }
}
