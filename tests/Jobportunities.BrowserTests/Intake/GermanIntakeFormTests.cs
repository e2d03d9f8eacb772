using System.Text.RegularExpressions;
using Jobportunities.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Intake;

/// <summary>A German candidate, with a German browser, applies on the public form by its German labels.</summary>
[Collection("browser")]
public sealed partial class GermanIntakeFormTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private const string FormPath = "/intake/new-jobportunities-2";

    [Fact]
    public async Task GermanCandidate_FillsFormInGerman_SeesGermanConfirmationWithReference()
    {
        var (context, page) = await browser.NewPageAsync(app.ServerAddress, locale: "de-DE");
        await using var _ = context;
        await page.GotoAsync(FormPath);

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.GetByLabel("Vorname", new() { Exact = true }).FillAsync("Jannik");
        await page.GetByLabel("Nachname", new() { Exact = true }).FillAsync("Hilling");
        await page.GetByLabel("Geburtsdatum", new() { Exact = true }).FillAsync("1990-04-12");
        await page.GetByLabel("E-Mail-Adresse").FillAsync("jannik.hilling@example.de");
        await page.GetByLabel("Land", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Deutschland" });
        await page.GetByLabel("Postleitzahl", new() { Exact = true }).FillAsync("49716");
        await page.GetByLabel("Keine Leistungen").CheckAsync();
        await page.GetByLabel("Nichts davon").CheckAsync();
        await page.GetByLabel("Ich habe die Datenschutzerklärung gelesen und stimme zu").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmeldung absenden" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ihre Anmeldung ist eingegangen");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ihre Referenznummer lautet");
        await Expect(page.Locator("#reference")).ToHaveTextAsync(ReferencePattern());
    }

    [Fact]
    public async Task GermanForm_SubmittedEmpty_ShowsErrorSummaryInGermanWithoutWcagViolations()
    {
        var (context, page) = await browser.NewPageAsync(app.ServerAddress, locale: "de-DE");
        await using var _ = context;
        await page.GotoAsync(FormPath);

        await page.GetByRole(AriaRole.Button, new() { Name = "Anmeldung absenden" }).ClickAsync();

        var summary = page.Locator("#error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Bitte „Vorname“ angeben." })).ToHaveAttributeAsync("href", "#Form_GivenName");
        await Expect(page.GetByLabel("Vorname", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [GeneratedRegex("^JP-[23456789A-HJ-NP-Z]{8}$")]
    private static partial Regex ReferencePattern();
}
