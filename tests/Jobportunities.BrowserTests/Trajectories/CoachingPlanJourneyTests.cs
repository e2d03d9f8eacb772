using Jobportunities.BrowserTests.Infrastructure;
using Jobportunities.Core.Common;
using Jobportunities.Core.Trajectories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Trajectories;

/// <summary>A coach puts three wagons on a participant's train, enrols them in a course and prints the plan.</summary>
[Collection("browser")]
public sealed class CoachingPlanJourneyTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Coach_AddsThreeWagons_EnrolsInACourse_AndPrintsThePlan()
    {
        var id = await app.ParticipantAsync("Femke", "Wagenaar");
        var runId = await CourseRunAsync();
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "coach@jobportunities.test");

        await page.GotoAsync($"/participants/{id}");
        await page.Locator("#summary-plan").GetByRole(AriaRole.Link, new() { Name = "Naar het trajectplan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Trajectplan van Femke Wagenaar");

        await AddWagonAsync(page, "Werkfit maken (€ 1.500)");
        await AddWagonAsync(page, "CV en solliciteren (€ 350)");
        await AddWagonAsync(page, "Taaltraining (€ 1.200)", provider: "Taalhuis Emmen");
        var train = page.Locator("#train-list > li");
        await Expect(train).ToHaveCountAsync(3);
        await Expect(train.Nth(2)).ToContainTextAsync("Taalhuis Emmen");

        await page.Locator("#enrol > summary").ClickAsync();
        var enrol = page.Locator("#enrol-form");
        var option = enrol.Locator($"option[value=\"{runId}\"]");
        await Expect(option).ToContainTextAsync("Zorgacademie Journey — Zorghulp, korte opleiding");
        await Expect(option).ToContainTextAsync("2 vrije plaatsen");
        await enrol.GetByLabel("Opleiding en startdatum").SelectOptionAsync(new SelectOptionValue { Value = runId.ToString() });
        await enrol.GetByRole(AriaRole.Button, new() { Name = "Inschrijven" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De deelnemer is ingeschreven; de plaats is gereserveerd.");
        await Expect(train).ToHaveCountAsync(4);
        await Expect(train.Nth(3)).ToContainTextAsync("Zorghulp, korte opleiding");
        await Expect(train.Nth(3)).ToContainTextAsync("Ingeschreven");
        await Expect(page.Locator("#plan-total")).ToHaveTextAsync("€ 3.950"); // 1500 + 350 + 1200 + 900
        await Expect(page.Locator("#plan-history tbody tr")).ToHaveCountAsync(4);
        await BrowserFixture.ScreenshotAsync(page, "coaching-plan");
        await AxeCheck.AssertNoViolationsAsync(page);

        // The CV wagon was added by mistake: withdrawn with a reason, it leaves the train and the cost but stays in the plan.
        var cv = train.Nth(1);
        await cv.Locator("details[id^=\"withdraw-\"] > summary").ClickAsync();
        await cv.GetByRole(AriaRole.Button, new() { Name = "Wagon intrekken" }).ClickAsync();
        await Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        await page.Locator("#train-list > li").Nth(1).GetByLabel("Reden van intrekken").FillAsync("Per vergissing toegevoegd");
        await page.Locator("#train-list > li").Nth(1).GetByRole(AriaRole.Button, new() { Name = "Wagon intrekken" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De wagon is ingetrokken.");
        await Expect(train).ToHaveCountAsync(3);
        await Expect(page.Locator("#withdrawn-list")).ToContainTextAsync("CV en solliciteren");
        await Expect(page.Locator("#withdrawn-list")).ToContainTextAsync("Per vergissing toegevoegd");
        await Expect(page.Locator("#plan-total")).ToHaveTextAsync("€ 3.600");
        await Expect(page.Locator("#plan-history tbody tr")).ToHaveCountAsync(5);
        await AxeCheck.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Afdrukbaar plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Trajectplan");
        await Expect(page.Locator("#print-train tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("#signatures > div")).ToHaveCountAsync(2);
        await Expect(page.Locator("#signatures")).ToContainTextAsync("Handtekening deelnemer");
        await Expect(page.Locator("#signatures")).ToContainTextAsync("Sanne de Vries");
        await AxeCheck.AssertNoViolationsAsync(page);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Terug naar het plan" })).ToBeHiddenAsync();
        await BrowserFixture.ScreenshotAsync(page, "coaching-plan-print");
    }

    private static async Task AddWagonAsync(IPage page, string instrument, string? provider = null)
    {
        var details = page.Locator("#add-instrument");
        if (await details.GetAttributeAsync("open") is null)
        {
            await details.Locator("summary").ClickAsync();
        }

        var form = page.Locator("#add-instrument-form");
        await form.GetByLabel("Instrument", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = instrument });
        if (provider is not null)
        {
            await form.GetByLabel("Aanbieder (niet verplicht)").FillAsync(provider);
        }

        await form.GetByRole(AriaRole.Button, new() { Name = "Instrument toevoegen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het instrument is opgeslagen.");
    }

    private async Task<int> CourseRunAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        var provider = new TrainingProvider("Zorgacademie Journey", "NL", "Emmen", "7824 AA");
        var run = provider.AddCourse(new CourseDetails("Zorghulp, korte opleiding", Sector.Care, 1, "nl", "7824 AA", "Emmen", 900m, 12, null))
            .AddRun(app.Clock.Today().AddDays(20), 2);
        db.TrainingProviders.Add(provider);
        await db.SaveChangesAsync();
        return run.Id;
    }
}
