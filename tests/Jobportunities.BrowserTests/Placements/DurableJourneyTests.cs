using System.Globalization;
using Jobportunities.BrowserTests.Infrastructure;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Employers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Placements;

/// <summary>
/// The heart of what leads report: a coach places a candidate, time moves six months on the
/// host's fake clock, the check shows as due, the coach records it durable and the participant
/// shows as Duurzaam.
/// </summary>
[Collection("browser")]
public sealed class DurableJourneyTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Coach_PlacesCandidate_SixMonthsLater_RecordsTheCheckDurable_ParticipantIsDuurzaam()
    {
        var participantId = await app.ParticipantAsync("Femke", "Duurzaam");
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Employers.Add(new Employer("Treant Zorggroep Test", "NL", "01234567", Sector.Care, app.Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        var start = app.Clock.Today();
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "coach@jobportunities.test");

        await page.GotoAsync("/participants?q=Duurzaam");
        await page.GetByRole(AriaRole.Link, new() { Name = "Femke Duurzaam" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Plaatsingen" }).ClickAsync();

        var form = page.GetByRole(AriaRole.Region, new() { Name = "Plaatsing vastleggen" });
        await form.GetByLabel("Werkgever").SelectOptionAsync(new SelectOptionValue { Label = "Treant Zorggroep Test" });
        await form.GetByLabel("Soort plaatsing").SelectOptionAsync(new SelectOptionValue { Label = "Baan" });
        await form.GetByLabel("Soort contract").SelectOptionAsync(new SelectOptionValue { Label = "Tijdelijk contract" });
        await form.GetByLabel("Uren per week").FillAsync("24");
        await form.GetByLabel("Startdatum").FillAsync(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.GetByRole(AriaRole.Button, new() { Name = "Plaatsing vastleggen" }).ClickAsync();

        await Expect(page.Locator("#current-phase")).ToHaveTextAsync("Geplaatst");
        var due = start.AddMonths(6);
        await Expect(page.Locator("#durable-checks")).ToContainTextAsync(due.ToString("D", CultureInfo.GetCultureInfo("nl")));

        app.Clock.Advance(due.ToDateTime(TimeOnly.MinValue) - start.ToDateTime(TimeOnly.MinValue) + TimeSpan.FromHours(2));
        // Six months later the session has expired (idle timeout): the coach signs in again.
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "coach@jobportunities.test");
        await page.GotoAsync("/durable-checks");
        var dueSection = page.Locator("section#due");
        await Expect(dueSection.GetByRole(AriaRole.Link, new() { Name = "Femke Duurzaam" })).ToBeVisibleAsync();
        await dueSection.GetByRole(AriaRole.Link, new() { Name = due.ToString("d", CultureInfo.GetCultureInfo("nl")) }).ClickAsync();

        await page.GetByLabel("Uitkomst").SelectOptionAsync(new SelectOptionValue { Label = "Duurzaam" });
        await page.GetByLabel("Bewijs").SelectOptionAsync(new SelectOptionValue { Label = "Loonstrook" });
        await page.GetByLabel("Gecontroleerd op").FillAsync(app.Clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitkomst vastleggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De uitkomst is vastgelegd.");

        // The row is found by the link to this participant's file, and its phase cell must say Duurzaam
        // (the name alone already contains the word, so the row's text proves nothing).
        await page.GotoAsync("/participants?q=Duurzaam");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.Locator($"a[href='/participants/{participantId}']") });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("Duurzaam");
        await page.GetByRole(AriaRole.Link, new() { Name = "Femke Duurzaam" }).ClickAsync();
        await Expect(page.Locator("#current-phase")).ToHaveTextAsync("Duurzaam");
        await BrowserFixture.ScreenshotAsync(page, "durable-participant");
    }
}
