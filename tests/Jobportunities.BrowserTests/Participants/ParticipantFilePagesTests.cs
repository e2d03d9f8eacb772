using System.Globalization;
using Jobportunities.BrowserTests.Infrastructure;
using Jobportunities.Core.Common;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Participants;

/// <summary>A coach finds a participant by name, records a contact moment on the file and a ladder step on the ladder's edit page, and sees both in the file.</summary>
[Collection("browser")]
public sealed class ParticipantFilePagesTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    [Fact]
    public async Task Coach_FindsParticipant_RecordsContactAndLadderStep_SeesThemInTheFile()
    {
        await app.ParticipantAsync("Harm", "Zuidema");
        await app.ParticipantAsync("Hilde", "Zuidema");
        var today = app.Clock.Today();
        var nextDate = today.AddDays(14);
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "coach@jobportunities.test");

        await page.GotoAsync("/participants");
        await page.GetByLabel("Naam of referentie").FillAsync("Harm Zuidema");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        var caseload = page.GetByRole(AriaRole.Table, new() { Name = "Deelnemers (1)" });
        await Expect(caseload.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Expect(caseload.GetByRole(AriaRole.Link, new() { Name = "Hilde Zuidema" })).ToHaveCountAsync(0);
        await caseload.GetByRole(AriaRole.Link, new() { Name = "Harm Zuidema" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Harm Zuidema");

        var journal = page.GetByRole(AriaRole.Region, new() { Name = "Contactjournaal" });
        await journal.GetByLabel("Datum", new() { Exact = true }).FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await journal.GetByLabel("Soort contact").SelectOptionAsync(new SelectOptionValue { Label = "Telefoon" });
        await journal.GetByLabel("Verslag").FillAsync("Intakegesprek telefonisch gevoerd; Harm wil in de techniek aan de slag.");
        await journal.GetByLabel("Volgende actie (niet verplicht)", new() { Exact = true }).FillAsync("Arbeidsmarktwaardescan afronden");
        await journal.GetByLabel("Datum volgende actie (niet verplicht)", new() { Exact = true }).FillAsync(nextDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await journal.GetByRole(AriaRole.Button, new() { Name = "Contact vastleggen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het contact is vastgelegd.");
        var entries = page.Locator("#journal-entries > li");
        await Expect(entries).ToHaveCountAsync(1);
        await Expect(entries.First).ToContainTextAsync(today.ToString("D", Dutch));
        await Expect(entries.First).ToContainTextAsync("Telefoon · Sanne de Vries");
        await Expect(entries.First).ToContainTextAsync("Intakegesprek telefonisch gevoerd; Harm wil in de techniek aan de slag.");
        await Expect(entries.First).ToContainTextAsync($"Volgende actie: Arbeidsmarktwaardescan afronden {nextDate.ToString("d", Dutch)}");

        // The ladder reads on the file; its "Edit" action opens the section's own form.
        await page.GetByRole(AriaRole.Region, new() { Name = "Participatieladder" }).GetByRole(AriaRole.Link, new() { Name = "Participatieladder bewerken" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Participatieladder bewerken");
        await page.GetByLabel("Trede").SelectOptionAsync(new SelectOptionValue { Label = "3 — Deelname georganiseerde activiteiten" });
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Toelichting (niet verplicht)", new() { Exact = true }).FillAsync("Bij de intake");
        await page.GetByRole(AriaRole.Button, new() { Name = "Trede vastleggen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De trede is vastgelegd.");
        var history = page.GetByRole(AriaRole.Table, new() { Name = "Treden op de participatieladder door de tijd" });
        await Expect(history.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Expect(history.GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Cell))
            .ToHaveTextAsync([today.ToString("d", Dutch), "3 — Deelname georganiseerde activiteiten", "Bij de intake", "Sanne de Vries"]);
        await Expect(page.Locator("#journal-entries > li")).ToHaveCountAsync(1);

        await BrowserFixture.ScreenshotAsync(page, "participant-file");
        await AxeCheck.AssertNoViolationsAsync(page);
    }
}
