using Jobportunities.BrowserTests.Infrastructure;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Trajectories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Trajectories;

/// <summary>The lead's catalogue and training-provider pages, reached through the navigation, without WCAG violations.</summary>
[Collection("browser")]
public sealed class CataloguePagesTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Lead_WalksTheCatalogueAndProviderPages_WithoutWcagViolations()
    {
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "lead@jobportunities.test");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Instrumenten" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Instrumentencatalogus");
        await Expect(page.Locator("#instrument-list tbody tr")).ToHaveCountAsync(12);
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw instrument" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Opleiders" }).ClickAsync();
        await Expect(page.Locator("#provider-list")).ToContainTextAsync("Ländliche Erwachsenenbildung Emsland");
        await BrowserFixture.ScreenshotAsync(page, "training-providers");
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Drenthe College Emmen" }).ClickAsync();
        await Expect(page.Locator("#course-list")).ToContainTextAsync("Helpende Zorg & Welzijn");
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Helpende Zorg & Welzijn (mbo 2, bbl)" }).ClickAsync();
        await Expect(page.Locator("#run-list tbody tr")).ToHaveCountAsync(5); // four runs, and the demo plans' one-seat run
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task ProgrammePage_ShowsBudgetAgainstSpend()
    {
        // The only plan of the programme in this database: one wagon of € 1.800, paid by the programme.
        var participantId = await app.ParticipantAsync("Femke", "Begroting");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var coach = new StaffUser(await db.Users.Where(u => u.Email == "coach@jobportunities.test").Select(u => u.Id).SingleAsync(), new HashSet<string> { Roles.Coach });
            var instrument = await db.Instruments.Where(i => i.Code == "praktijkleren").Select(i => i.Id).SingleAsync();
            var today = app.Clock.Today();
            var added = await scope.ServiceProvider.GetRequiredService<CoachingPlanService>()
                .AddInstrumentAsync(coach, participantId, instrument, "Leerbedrijf Emmen", today.AddDays(7), today.AddDays(90), 1800m);
            Assert.True(added.IsOk, added.ErrorCode);
        }

        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "lead@jobportunities.test");
        await page.GotoAsync("/programmes/new-jobportunities-2");
        var spend = page.Locator("#programme-spend");
        await Expect(spend).ToContainTextAsync("€ 90.000");
        await Expect(page.Locator("#programme-spent")).ToHaveTextAsync("€ 1.800 (aantal plannen: 1)");
        await Expect(spend).ToContainTextAsync("€ 88.200");
        await AxeCheck.AssertNoViolationsAsync(page);
    }
}
