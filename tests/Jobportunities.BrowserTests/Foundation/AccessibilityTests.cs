using Jobportunities.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Foundation;

/// <summary>axe-core (WCAG 2.0/2.1 A and AA) on the public pages, as rendered in Chromium.</summary>
[Collection("browser")]
public sealed class AccessibilityTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    public async Task PublicPage_HasNoWcagViolations(string path)
    {
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await page.GotoAsync(path);

        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task HomePage_SignedInAsCoach_HasNoWcagViolations()
    {
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;

        await BrowserFixture.LoginAsync(page, app.ServerAddress, "coach@jobportunities.test");

        await Expect(page.Locator("header").GetByRole(AriaRole.Navigation)).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task LoginPage_SubmittedEmpty_ShowsErrorSummaryWithoutWcagViolations()
    {
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await page.GotoAsync("/account/login");

        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();

        await Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("E-mailadres")).ToHaveAttributeAsync("aria-invalid", "true");
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task AxeCheck_OnBrokenMarkup_FailsNamingRuleImpactAndTarget()
    {
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"nl\"><head><title>t</title></head><body><main><img id=\"no-alt\" src=\"data:,\"></main></body></html>");

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => AxeCheck.AssertNoViolationsAsync(page));

        Assert.Contains("image-alt [critical]", failure.Message);
        Assert.Contains("target: #no-alt", failure.Message);
    }
}
