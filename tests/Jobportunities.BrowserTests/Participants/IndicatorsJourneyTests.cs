using Jobportunities.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Participants;

/// <summary>The own coach opens the ESF+ answers from the file, forgets since when, fixes it, and sees long-term unemployment derived.</summary>
[Collection("browser")]
public sealed class IndicatorsJourneyTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Coach_RecordsTheEsfAnswers_AndSeesLongTermUnemploymentDerived()
    {
        var id = await app.ParticipantAsync("Esther", "Esf");
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "coach@jobportunities.test");

        await page.GotoAsync($"/participants/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Gegevens voor de ESF+-rapportage" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gegevens voor de ESF+-rapportage");
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.GetByLabel("Ik heb geen werk, zoek werk en kan direct beginnen").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Heeft u een handicap" }).GetByLabel("Zeg ik liever niet").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gegevens opslaan" }).ClickAsync();

        // Since when is missing: the form comes back, with the answers kept.
        await Expect(page.GetByLabel("Zonder betaald werk sinds (maand)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Heeft u een handicap" }).GetByLabel("Zeg ik liever niet")).ToBeCheckedAsync();
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.GetByLabel("Zonder betaald werk sinds (maand)").SelectOptionAsync("3");
        await page.GetByLabel("Zonder betaald werk sinds (jaar)").FillAsync("2019");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gegevens opslaan" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De gegevens voor de ESF+-rapportage zijn opgeslagen.");
        await Expect(page.Locator("#indicators-long-term")).ToContainTextAsync("langdurig werkloos");
        await Expect(page.Locator("#indicators-long-term")).Not.ToContainTextAsync("niet langdurig");
    }
}
