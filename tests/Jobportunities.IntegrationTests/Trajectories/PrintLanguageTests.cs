using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Trajectories;

/// <summary>The printable plan is in the participant's language, whatever language the coach's screen is in.</summary>
public class PrintLanguageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("de", "Förderplan", "Ziele")]
    [InlineData("en", "Coaching plan", "Goals")]
    public async Task PrintedPlan_IsWhollyInTheParticipantsLanguage_WhileTheCoachReadsDutch(string language, string title, string goals)
    {
        var id = await factory.ParticipantAsync("Druck" + language, DemoAccounts.Coach, familyName: "Sprache");
        await using (var db = factory.Db())
        {
            var applicationId = await db.Context.Participants.Where(p => p.Id == id).Select(p => p.ApplicationId).SingleAsync();
            await db.Context.Database.ExecuteSqlAsync($"UPDATE Applications SET Language = {language} WHERE Id = {applicationId}");
        }

        var coach = factory.Browser("nl");
        await coach.SignInAsync(DemoAccounts.Coach);

        var html = await coach.GetPageAsync($"/participants/{id}/plan/print");

        Assert.Contains($"<html lang=\"{language}\">", html);
        Assert.Contains($"<h1 class=\"utrecht-heading-1\">{title}</h1>", html);
        Assert.Contains($"<h2 class=\"utrecht-heading-2\">{goals}</h2>", html);
        Assert.DoesNotContain("Trajectplan", html);
        Assert.DoesNotContain(">Doelen<", html);
        // The coach's own pages stay Dutch.
        Assert.Contains("<html lang=\"nl\">", await coach.GetPageAsync($"/participants/{id}/plan"));
    }
}
