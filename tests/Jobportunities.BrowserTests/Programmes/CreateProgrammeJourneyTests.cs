using Jobportunities.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Programmes;

/// <summary>An administrator creates a programme with a pasted postcode list; a candidate registers on its public form.</summary>
[Collection("browser")]
public sealed class CreateProgrammeJourneyTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Administrator_CreatesProgrammeWithPastedPostcodes_CandidateRegistersOnItsForm()
    {
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "admin@jobportunities.test");

        await page.GotoAsync("/programmes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw programma maken" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nieuw programma");
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.Locator("#Form_Code").FillAsync("browser-werkt");
        await page.Locator("#Form_Name").FillAsync("Browser Werkt");
        await page.Locator("#Form_StartDate").FillAsync("2026-01-01");
        await page.Locator("#Form_EndDate").FillAsync("2028-12-31");
        await page.Locator("#Form_Budget").FillAsync("50000");
        await page.GetByLabel("Geen uitkering").CheckAsync();
        await page.Locator("#Form_TargetParticipants").FillAsync("40");
        await page.Locator("#Form_TargetPlacements").FillAsync("20");
        await page.Locator("#Form_TargetDurablePlacements").FillAsync("10");
        await page.Locator("#Form_Areas_0__Name").FillAsync("Coevorden");
        await page.Locator("#Form_Areas_0__Postcodes").FillAsync("7741, 7742; 7741\n7751");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Browser Werkt");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Gebieden en hun postcodes" })).ToContainTextAsync("7741, 7742, 7751");

        var (candidateContext, candidate) = await browser.NewPageAsync(app.ServerAddress);
        await using var __ = candidateContext;
        await candidate.GotoAsync("/intake/browser-werkt");
        await candidate.GetByLabel("Voornaam", new() { Exact = true }).FillAsync("Lotte");
        await candidate.GetByLabel("Achternaam", new() { Exact = true }).FillAsync("Smit");
        await candidate.GetByLabel("Geboortedatum", new() { Exact = true }).FillAsync("1988-09-30");
        await candidate.GetByLabel("E-mailadres").FillAsync("lotte.smit@example.nl");
        await candidate.GetByLabel("Postcode", new() { Exact = true }).FillAsync("7742 AB");
        await candidate.GetByLabel("Geen uitkering").CheckAsync();
        await candidate.GetByLabel("Geen van beide").CheckAsync();
        await candidate.GetByLabel("Ik heb de privacyverklaring gelezen en ga akkoord").CheckAsync();
        await candidate.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).ClickAsync();

        await Expect(candidate.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Uw aanmelding is ontvangen");
        await Expect(candidate.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToHaveTextAsync("U kunt meedoen. Wat gebeurt er nu?");
    }
}
