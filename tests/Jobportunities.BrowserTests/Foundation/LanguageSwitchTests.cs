using Jobportunities.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Foundation;

/// <summary>The header's language switch, in a real browser.</summary>
[Collection("browser")]
public sealed class LanguageSwitchTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Coach_SignsIn_SwitchesToGerman_SeesGermanNavigation()
    {
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "coach@jobportunities.test");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Deutsch", Exact = true }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Abmelden", Exact = true })).ToBeVisibleAsync();
        var navigation = page.Locator("header").GetByRole(AriaRole.Navigation);
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Start", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Deutsch", Exact = true })).ToHaveAttributeAsync("aria-current", "true");

        await page.GetByRole(AriaRole.Button, new() { Name = "Abmelden", Exact = true }).ClickAsync();

        await Expect(page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Anmeldung für Mitarbeitende", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Abmelden", Exact = true })).ToHaveCountAsync(0);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
    }
}
