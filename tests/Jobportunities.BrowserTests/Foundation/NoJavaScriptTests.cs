using Jobportunities.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Foundation;

/// <summary>Plain forms and links: the app works with JavaScript switched off.</summary>
[Collection("browser")]
public sealed class NoJavaScriptTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Coach_WithoutJavaScript_SignsInAndSignsOut()
    {
        var (context, page) = await browser.NewPageAsync(app.ServerAddress, javaScriptEnabled: false);
        await using var _ = context;
        Assert.False(await IsJavaScriptRunningAsync(page));

        await BrowserFixture.LoginAsync(page, app.ServerAddress, "coach@jobportunities.test");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("U bent uitgelogd.");
        await Expect(page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Inloggen voor medewerkers", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen", Exact = true })).ToHaveCountAsync(0);
    }

    /// <summary>A page script would set the marker; with JavaScript off it cannot. (Playwright's own evaluate still works.)</summary>
    private static async Task<bool> IsJavaScriptRunningAsync(IPage page)
    {
        await page.SetContentAsync("<p id=\"marker\">off</p><script>document.getElementById('marker').textContent = 'on';</script>");
        return await page.Locator("#marker").TextContentAsync() == "on";
    }
}
