using Jobportunities.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Participants;

/// <summary>A coach opens the consents of a participant from the file, records a withdrawal, and sees the new state and ledger line.</summary>
[Collection("browser")]
public sealed class ConsentJourneyTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Coach_WithdrawsConsentForTrainingProviders_AndSeesTheNewState()
    {
        var id = await app.ParticipantAsync("Toos", "Toestemming");
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "coach@jobportunities.test");

        await page.GotoAsync($"/participants/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Toestemmingen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Toestemmingen");
        var current = page.Locator("#consent-current tr[data-purpose=\"ShareWithTrainingProviders\"]");
        await Expect(current).ToContainTextAsync("Gegeven");

        var form = page.GetByRole(AriaRole.Region, new() { Name = "Wijziging of intrekking vastleggen" });
        await form.GetByLabel("Toestemming voor").SelectOptionAsync("ShareWithTrainingProviders");
        await form.GetByLabel("Stand").SelectOptionAsync("false");
        await form.GetByLabel("Hoe gegeven").SelectOptionAsync("Verbal");
        await form.GetByLabel("Toelichting (niet verplicht)").FillAsync("Telefonisch ingetrokken");
        await form.GetByRole(AriaRole.Button, new() { Name = "Toestemming vastleggen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De toestemming is vastgelegd.");
        await Expect(current).ToContainTextAsync("Niet gegeven of ingetrokken");
        var ledger = page.GetByRole(AriaRole.Table, new() { Name = "Alle vastgelegde toestemmingen, nieuwste eerst" });
        await Expect(ledger.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Telefonisch ingetrokken");
        await Expect(ledger.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Sanne de Vries");
    }
}
