using Jobportunities.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Intake;

/// <summary>A coach takes an application from the intake queue and finds the new participant in the caseload.</summary>
[Collection("browser")]
public sealed class IntakeQueuePagesTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Coach_AcceptsApplicationFromQueue_FindsParticipantInCaseload()
    {
        var application = await app.ApplyAsync("Femke", "Postma");
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "coach@jobportunities.test");

        await page.GotoAsync("/intake-queue");
        var queue = page.GetByRole(AriaRole.Table, new() { Name = "Nieuwe aanmeldingen" });
        var row = queue.GetByRole(AriaRole.Row).Filter(new() { HasText = application.Reference });
        await Expect(row).ToContainTextAsync("Voldoet");
        await row.GetByRole(AriaRole.Link, new() { Name = "Femke Postma" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Femke Postma");
        await Expect(page.GetByText("Woont in Emmen.")).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(page);
        var accept = page.GetByRole(AriaRole.Region, new() { Name = "Aannemen" });
        await accept.GetByLabel("Coach").SelectOptionAsync(new SelectOptionValue { Label = "Sanne de Vries" });
        await accept.GetByRole(AriaRole.Button, new() { Name = "Aannemen als deelnemer" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De aanmelding is aangenomen; de deelnemer staat in fase Intake.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Femke Postma" })).ToHaveCountAsync(0);

        await page.GotoAsync("/participants");
        var caseload = page.GetByRole(AriaRole.Table, new() { Name = "Deelnemers" });
        var participant = caseload.GetByRole(AriaRole.Row).Filter(new() { HasText = "Femke Postma" });
        await Expect(participant).ToContainTextAsync(application.Reference);
        await Expect(participant).ToContainTextAsync("Intake");
        await Expect(participant).ToContainTextAsync("Sanne de Vries");
    }
}
