using Jobportunities.BrowserTests.Infrastructure;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jobportunities.BrowserTests.Today;

/// <summary>The coach starts the day on "Vandaag", sees an overdue next action and follows it into the file.</summary>
[Collection("browser")]
public sealed class TodayJourneyTests(BrowserFixture browser, BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Coach_OpensVandaag_SeesAnOverdueNextAction_AndFollowsItIntoTheFile()
    {
        var id = await app.ParticipantAsync("Vera", "Vandaag");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var coachId = (await db.Users.SingleAsync(u => u.Email == "coach@jobportunities.test")).Id;
            var today = scope.ServiceProvider.GetRequiredService<TimeProvider>().Today();
            var result = await scope.ServiceProvider.GetRequiredService<ParticipantFileService>().AddContactAsync(
                new StaffUser(coachId, new HashSet<string> { Roles.Coach }), id, today.AddDays(-7), ContactKind.Phone, "Intakegesprek", "Cv nasturen", today.AddDays(-2));
            Assert.True(result.IsOk, result.ErrorCode);
        }

        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        await BrowserFixture.LoginAsync(page, app.ServerAddress, "coach@jobportunities.test");
        await page.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vandaag");
        var actions = page.GetByRole(AriaRole.Region, new() { Name = "Volgende acties voor vandaag en te laat", Exact = false });
        var line = actions.Locator("li[data-action=\"Overdue\"]", new() { HasText = "Vera Vandaag" });
        await Expect(line).ToContainTextAsync("Cv nasturen");
        await Expect(line).ToContainTextAsync("te laat");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Signalen", Exact = true })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(page);

        await line.GetByRole(AriaRole.Link, new() { Name = "Vera Vandaag" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/participants/{id}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Vera Vandaag");
    }
}
