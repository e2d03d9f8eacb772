using Jobportunities.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Privacy;

/// <summary>A lead opens a participant's file, reads what erasure keeps, gives the reason and erases; the file then shows as anonymised.</summary>
[Collection("browser")]
public sealed class ErasureJourneyTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Lead_ErasesAParticipantOnRequest_AndTheFileShowsAsAnonymised()
    {
        var id = await app.ParticipantAsync("Wietske", "Wismans");
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "lead@jobportunities.test");

        await page.GotoAsync($"/participants/{id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wietske Wismans");
        await page.GetByRole(AriaRole.Link, new() { Name = "Gegevens wissen op verzoek" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wat blijft, geanonimiseerd" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gegevens definitief wissen" }).ClickAsync();
        await Expect(page.Locator("#error-summary")).ToContainTextAsync("Vul ‘Reden van het verzoek’ in.");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Reden van het verzoek" }).FillAsync("Verzoek per brief van de deelnemer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gegevens definitief wissen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De persoonsgegevens zijn gewist; de geanonimiseerde cijfers blijven.");
        await Expect(page.Locator("#erasure-done")).ToContainTextAsync("Geanonimiseerd");
        await page.GotoAsync($"/participants/{id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geanonimiseerd");
        await Expect(page.GetByText("Wietske")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Gegevens wissen op verzoek" })).ToHaveCountAsync(0);
    }
}
