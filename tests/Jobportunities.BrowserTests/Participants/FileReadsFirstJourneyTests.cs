using System.Globalization;
using Jobportunities.BrowserTests.Infrastructure;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Trajectories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Participants;

/// <summary>
/// A coach opens a file and reads where the person stands in one screen (1280×800, without scrolling):
/// phase, next action, the plan's wagons and the durable check; edits the profile on its own page and
/// comes back to the file with the change shown.
/// </summary>
[Collection("browser")]
public sealed class FileReadsFirstJourneyTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Coach_ReadsTheSummaryInOneScreen_EditsTheProfile_AndSeesTheChangeOnTheFile()
    {
        var id = await app.ParticipantAsync("Jorien", "Overzicht");
        var today = app.Clock.Today();
        string wagon;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var employer = new Employer("Bouwbedrijf Overzicht", "NL", "76543210", Sector.Construction, app.Clock.GetUtcNow().UtcDateTime);
            db.Employers.Add(employer);
            var instrument = await db.Instruments.OrderBy(i => i.Id).FirstAsync();
            wagon = instrument.NameNl;
            db.PlanInstruments.Add(new PlanInstrument(id, instrument.Id, 1, new PlanInstrumentInput(null, today, today.AddMonths(2), 800m)));
            await db.SaveChangesAsync();
            var coachId = await db.Users.Where(u => u.Email == "coach@jobportunities.test").Select(u => u.Id).SingleAsync();
            var coach = new StaffUser(coachId, new HashSet<string> { Roles.Coach });
            var contact = await scope.ServiceProvider.GetRequiredService<ParticipantFileService>()
                .AddContactAsync(coach, id, today, ContactKind.Phone, "Gesprek over de bouw", "Werkgever terugbellen", today.AddDays(2));
            Assert.True(contact.IsOk);
            var placed = await scope.ServiceProvider.GetRequiredService<PlacementService>()
                .AddAsync(coach, id, new PlacementInput(employer.Id, null, PlacementKind.Job, ContractType.FixedTerm, 32, "NL", today.AddDays(-7)));
            Assert.True(placed.IsOk, placed.ErrorCode);
        }

        var (context, page) = await browser.NewPageAsync(app.ServerAddress, width: 1280, height: 800);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "coach@jobportunities.test");
        await page.GotoAsync($"/participants/{id}");

        await Expect(page.Locator("#current-phase")).ToHaveTextAsync("Geplaatst");
        await Expect(page.Locator("#summary-next-action")).ToContainTextAsync("Werkgever terugbellen");
        await Expect(page.Locator("#summary-next-action")).ToContainTextAsync(today.AddDays(2).ToString("d", CultureInfo.GetCultureInfo("nl")));
        await Expect(page.Locator("#summary-plan")).ToContainTextAsync(wagon);
        await Expect(page.Locator("#summary-plan")).ToContainTextAsync("Gepland");
        await Expect(page.Locator("#summary-placement")).ToContainTextAsync("Bouwbedrijf Overzicht");
        await Expect(page.Locator("#summary-durable")).ToContainTextAsync("Check op");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.scrollY"));
        foreach (var part in new[] { "#summary-phase", "#summary-next-action", "#summary-plan", "#summary-durable" })
        {
            var box = await page.Locator(part).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Y >= 0 && box.Y + box.Height <= 800, $"{part} is not within the first screen: {box.Y} + {box.Height}");
        }

        await BrowserFixture.ScreenshotAsync(page, "participant-file-summary");
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Profiel bewerken" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Profiel bewerken");
        await page.GetByLabel("Woonplaats").FillAsync("Ter Apel");
        await AxeCheck.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het profiel is opgeslagen.");
        Assert.EndsWith($"/participants/{id}#profile", page.Url);
        await Expect(page.Locator("#profile-read")).ToContainTextAsync("Ter Apel");
        await Expect(page.Locator("#summary-next-action")).ToContainTextAsync("Werkgever terugbellen");
    }
}
