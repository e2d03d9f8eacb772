using System.Globalization;
using Jobportunities.BrowserTests.Infrastructure;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Today;

/// <summary>
/// A coach's morning: Vandaag shows an overdue next action and a due durable check; the coach follows
/// the action into the file, reads the summary, edits the profile, uploads a payslip, records the
/// check with it as evidence, and back on Vandaag the check is gone.
/// </summary>
[Collection("browser")]
public sealed class CoachMorningJourneyTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Coach_WorksThroughTheMorning_FromVandaagToARecordedCheck()
    {
        var id = await app.ParticipantAsync("Merel", "Ochtend");
        var today = app.Clock.Today();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var employer = new Employer("Ochtendbakkerij Emmen", "NL", "71234568", Sector.Retail, app.Clock.GetUtcNow().UtcDateTime);
            db.Employers.Add(employer);
            await db.SaveChangesAsync();
            var coachId = await db.Users.Where(u => u.Email == "coach@jobportunities.test").Select(u => u.Id).SingleAsync();
            var coach = new StaffUser(coachId, new HashSet<string> { Roles.Coach });
            var placed = await scope.ServiceProvider.GetRequiredService<PlacementService>()
                .AddAsync(coach, id, new PlacementInput(employer.Id, null, PlacementKind.Job, ContractType.Permanent, 32, "NL", today.AddMonths(-6)));
            Assert.True(placed.IsOk, placed.ErrorCode);
            var contact = await scope.ServiceProvider.GetRequiredService<ParticipantFileService>()
                .AddContactAsync(coach, id, today.AddDays(-10), ContactKind.Phone, "Belafspraak", "Loonstrook opvragen", today.AddDays(-3));
            Assert.True(contact.IsOk, contact.ErrorCode);
        }

        var (context, page) = await browser.NewPageAsync(app.ServerAddress, width: 1280, height: 800);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "coach@jobportunities.test");

        // Vandaag: the overdue next action and the check that is due today.
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vandaag");
        var action = page.Locator("#today-actions-section li[data-action=\"Overdue\"]", new() { HasText = "Merel Ochtend" });
        await Expect(action).ToContainTextAsync("Loonstrook opvragen");
        var check = page.Locator("#today-checks-section li", new() { HasText = "Merel Ochtend" });
        await Expect(check).ToHaveAttributeAsync("data-check", "Due");

        // Into the file: the summary says where the person stands.
        await action.GetByRole(AriaRole.Link, new() { Name = "Merel Ochtend" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/participants/{id}$"));
        await Expect(page.Locator("#current-phase")).ToHaveTextAsync("Geplaatst");
        await Expect(page.Locator("#summary-next-action")).ToContainTextAsync("Loonstrook opvragen");
        await Expect(page.Locator("#summary-placement")).ToContainTextAsync("Ochtendbakkerij Emmen");

        // One section edited on its own page.
        await page.GetByRole(AriaRole.Link, new() { Name = "Profiel bewerken" }).ClickAsync();
        await page.GetByLabel("Woonplaats").FillAsync("Klazienaveen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het profiel is opgeslagen.");
        await Expect(page.Locator("#profile")).ToContainTextAsync("Klazienaveen");

        // The payslip goes with the file.
        await page.GetByRole(AriaRole.Link, new() { Name = "Documenten bekijken en toevoegen" }).ClickAsync();
        var upload = page.GetByRole(AriaRole.Region, new() { Name = "Document toevoegen" });
        await upload.GetByLabel("Soort document").SelectOptionAsync(new SelectOptionValue { Label = "Loonstrook" });
        await upload.GetByLabel("Bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "loonstrook-november.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.7\n% loonstrook november\n%%EOF\n"u8.ToArray(),
        });
        await upload.GetByRole(AriaRole.Button, new() { Name = "Document uploaden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het document is toegevoegd.");

        // Back to Vandaag, the check recorded with the payslip as evidence.
        await page.GotoAsync("/");
        await check.GetByRole(AriaRole.Link, new() { Name = "Merel Ochtend" }).ClickAsync();
        await page.GetByLabel("Uitkomst").SelectOptionAsync(new SelectOptionValue { Label = "Duurzaam" });
        await page.GetByLabel("Bewijs").SelectOptionAsync(new SelectOptionValue { Label = "Loonstrook" });
        var document = page.GetByLabel("Bijbehorend document");
        var documentId = await document.Locator("option", new() { HasText = "loonstrook-november.pdf" }).GetAttributeAsync("value");
        await document.SelectOptionAsync(documentId!);
        await page.GetByLabel("Gecontroleerd op").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitkomst vastleggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De uitkomst is vastgelegd.");

        await page.GotoAsync("/");
        await Expect(page.Locator("#today-checks-section")).Not.ToContainTextAsync("Merel Ochtend");
        await Expect(page.Locator("#today-actions-section")).ToContainTextAsync("Merel Ochtend");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var recorded = await db.DurableChecks.AsNoTracking().SingleAsync(c => c.ParticipantId == id);
            Assert.Equal((DurableOutcome.Durable, int.Parse(documentId!, CultureInfo.InvariantCulture)), (recorded.Outcome, recorded.EvidenceDocumentId));
        }
    }
}
