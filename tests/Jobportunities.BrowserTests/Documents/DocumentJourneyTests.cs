using System.Globalization;
using Jobportunities.BrowserTests.Infrastructure;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Documents;

/// <summary>A coach uploads a payslip to a file and records the due durable check with it as evidence.</summary>
[Collection("browser")]
public sealed class DocumentJourneyTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Coach_UploadsAPayslip_AndRecordsTheDueDurableCheckWithItAsEvidence()
    {
        var participantId = await app.ParticipantAsync("Pieter", "Loonstrook");
        int checkId;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var coachId = await db.Participants.Where(p => p.Id == participantId).Select(p => p.CoachId).SingleAsync();
            var employer = new Employer("Loonstrook Logistiek Test", "NL", "07654321", Sector.TransportLogistics, app.Clock.GetUtcNow().UtcDateTime);
            db.Employers.Add(employer);
            await db.SaveChangesAsync();
            var today = app.Clock.Today();
            var placement = new Placement(participantId, employer.Id, null, PlacementKind.Job, ContractType.Permanent, 32m, "NL", today.AddMonths(-6), coachId, app.Clock.GetUtcNow().UtcDateTime);
            db.Placements.Add(placement);
            await db.SaveChangesAsync();
            var check = new DurableCheck(participantId, placement.Id, today);
            db.DurableChecks.Add(check);
            await db.SaveChangesAsync();
            checkId = check.Id;
        }

        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "coach@jobportunities.test");

        await page.GotoAsync($"/participants/{participantId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Documenten bekijken en toevoegen" }).ClickAsync();
        var upload = page.GetByRole(AriaRole.Region, new() { Name = "Document toevoegen" });
        await upload.GetByLabel("Soort document").SelectOptionAsync(new SelectOptionValue { Label = "Loonstrook" });
        await upload.GetByLabel("Bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "loonstrook-juni.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.7\n% loonstrook juni\n%%EOF\n"u8.ToArray(),
        });
        await upload.GetByRole(AriaRole.Button, new() { Name = "Document uploaden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het document is toegevoegd.");
        await Expect(page.Locator("#documents")).ToContainTextAsync("loonstrook-juni.pdf");

        await page.GotoAsync($"/durable-checks/{checkId}");
        await page.GetByLabel("Uitkomst").SelectOptionAsync(new SelectOptionValue { Label = "Duurzaam" });
        await page.GetByLabel("Bewijs").SelectOptionAsync(new SelectOptionValue { Label = "Loonstrook" });
        var choice = page.GetByLabel("Bijbehorend document");
        var value = await choice.Locator("option", new() { HasText = "loonstrook-juni.pdf" }).GetAttributeAsync("value");
        await choice.SelectOptionAsync(value!);
        await page.GetByLabel("Gecontroleerd op").FillAsync(app.Clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitkomst vastleggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De uitkomst is vastgelegd.");

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var check = await db.DurableChecks.AsNoTracking().SingleAsync(c => c.Id == checkId);
            Assert.Equal(DurableOutcome.Durable, check.Outcome);
            Assert.Equal(int.Parse(value!, CultureInfo.InvariantCulture), check.EvidenceDocumentId);
        }

        await page.GotoAsync($"/participants/{participantId}/documents");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "loonstrook-juni.pdf" });
        await Expect(row).ToContainTextAsync("bewijs");
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "documents-evidence");
    }
}
