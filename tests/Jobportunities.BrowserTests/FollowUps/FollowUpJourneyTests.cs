using System.Globalization;
using Jobportunities.BrowserTests.Infrastructure;
using Jobportunities.Core.Common;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.FollowUps;

/// <summary>
/// The follow-up six months after leaving: a coach records that the participant was in paid work at
/// entry and then the exit, the host's fake clock moves past the follow-up date and the overdue
/// window, the follow-up shows on the start page "Vandaag", as overdue and as a signal; the coach
/// opens it from "Vandaag", records "in work, employed" — the form then asks whether the situation
/// improved and refuses without an answer — with a promotion, and it leaves the due lists.
/// </summary>
[Collection("browser")]
public sealed class FollowUpJourneyTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Coach_RecordsExit_SixMonthsLater_FollowUpIsOverdueSignal_RecordsInWork_LeavesTheDueList()
    {
        await app.ParticipantAsync("Jelle", "Nazorg");
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "coach@jobportunities.test");

        await page.GotoAsync("/participants?q=Nazorg");
        await page.GetByRole(AriaRole.Link, new() { Name = "Jelle Nazorg" }).ClickAsync();
        var file = new Uri(page.Url).AbsolutePath;
        await page.GotoAsync(file + "/indicators");
        await page.GetByLabel("Ik heb betaald werk (ook als zelfstandige)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gegevens opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De gegevens voor de ESF+-rapportage zijn opgeslagen.");
        await page.GotoAsync(file);
        await page.GetByRole(AriaRole.Link, new() { Name = "Fase bewerken" }).ClickAsync();
        var phase = page.Locator("form#phase-form");
        await phase.Locator("select[name='Phase.To']").SelectOptionAsync(new SelectOptionValue { Label = "Uitgestroomd" });
        await phase.Locator("select[name='Phase.ExitReason']").SelectOptionAsync(new SelectOptionValue { Label = "Werk gevonden" });
        await phase.GetByRole(AriaRole.Button, new() { Name = "Fase wijzigen" }).ClickAsync();
        await Expect(page.Locator("#current-phase")).ToHaveTextAsync("Uitgestroomd");

        var exit = app.Clock.Today();
        var due = exit.AddMonths(6);
        await Expect(page.Locator("section#follow-up")).ToContainTextAsync(due.ToString("D", CultureInfo.GetCultureInfo("nl")));

        // Past the follow-up date and the 30 days after it: overdue.
        app.Clock.Advance(due.AddDays(31).ToDateTime(TimeOnly.MinValue) - exit.ToDateTime(TimeOnly.MinValue) + TimeSpan.FromHours(2));
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "coach@jobportunities.test");
        await page.GotoAsync("/signals");
        await Expect(page.Locator("section#follow-up-overdue").GetByRole(AriaRole.Link, new() { Name = "Jelle Nazorg" })).ToBeVisibleAsync();

        await page.GotoAsync("/follow-ups");
        await Expect(page.Locator("section#overdue")).ToContainTextAsync("Jelle Nazorg");

        await page.GotoAsync("/");
        var today = page.Locator("section#today-follow-ups-section");
        await Expect(today.Locator("li[data-follow-up='Overdue']")).ToContainTextAsync("Jelle Nazorg");
        await today.GetByRole(AriaRole.Link, new() { Name = "Jelle Nazorg" }).ClickAsync();

        await page.GetByLabel("Situatie").SelectOptionAsync(new SelectOptionValue { Label = "Aan het werk in loondienst" });
        await page.GetByLabel("Bron").SelectOptionAsync(new SelectOptionValue { Label = "De deelnemer" });
        await page.GetByLabel("Datum vastgelegd").FillAsync(app.Clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Toelichting").FillAsync("Gebeld, werkt nu als teamleider");
        await page.GetByRole(AriaRole.Button, new() { Name = "Situatie vastleggen" }).ClickAsync();
        await Expect(page.Locator("#Form_Improvement-error")).ToContainTextAsync("Kies bij Verbeterde positie op de arbeidsmarkt een antwoord");
        await Expect(page.GetByLabel("Toelichting")).ToHaveValueAsync("Gebeld, werkt nu als teamleider");

        await page.GetByLabel("Promotie gemaakt").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Situatie vastleggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De situatie na uitstroom is vastgelegd.");

        await Expect(page.Locator("section#overdue")).Not.ToContainTextAsync("Jelle Nazorg");
        await Expect(page.Locator("section#due")).Not.ToContainTextAsync("Jelle Nazorg");
        await Expect(page.Locator("section#recorded")).ToContainTextAsync("Jelle Nazorg");
        await page.GotoAsync("/signals");
        await Expect(page.Locator("section#follow-up-overdue")).Not.ToContainTextAsync("Jelle Nazorg");
        await page.GotoAsync("/");
        await Expect(page.Locator("section#today-follow-ups-section")).Not.ToContainTextAsync("Jelle Nazorg");
        await BrowserFixture.ScreenshotAsync(page, "follow-up-recorded");
    }
}
