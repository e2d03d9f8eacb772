using Jobportunities.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Organisations;

/// <summary>The administrator's organisation pages: a key is made and revoked by labels and buttons, without WCAG violations.</summary>
[Collection("browser")]
public sealed class OrganisationPagesTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Admin_CreatesAndRevokesKey_PagesHaveNoWcagViolations()
    {
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "admin@jobportunities.test");

        await page.GotoAsync("/admin/organisations");
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "UWV Emmen", Exact = true }).ClickAsync();
        await page.GetByLabel("Naam van de sleutel").FillAsync("Koppeling Sonar");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sleutel maken" }).ClickAsync();

        await Expect(page.Locator("#new-key")).ToContainTextAsync("jp_");
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Intrekken: Koppeling Sonar" }).ClickAsync();
        await AxeCheck.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, sleutel intrekken" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Koppeling Sonar");
        await Expect(page.Locator("#new-key")).ToHaveCountAsync(0);
    }
}
