using System.Net;
using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Participants;

/// <summary>Each role against own and other participants, for reading and writing the file.</summary>
public class ParticipantFileRightsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string OtherCoach = "coach2@jobportunities.test";
    private const string ElsewhereCoach = "coach.achterhoek@jobportunities.test";

    private static IEnumerable<KeyValuePair<string, string>> Contact(string summary) =>
        [new("Contact.Date", "2026-01-10"), new("Contact.Kind", "Phone"), new("Contact.Summary", summary)];

    [Fact]
    public async Task Coach_ReadsAndWritesOwnFile_ButOtherFilesDoNotExist()
    {
        var own = await factory.ParticipantAsync("Own", DemoAccounts.Coach);
        var colleagues = await factory.ParticipantAsync("Colleagues", OtherCoach);
        var elsewhere = await factory.ParticipantAsync("Elsewhere", ElsewhereCoach, "meedoen-werkt");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"/participants/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/participants/{colleagues}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync($"/participants/{elsewhere}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync("/participants/999999")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync("/", $"/participants/{own}/contacts", Contact("Goed gesprek"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.PostFormAsync("/", $"/participants/{colleagues}/contacts", Contact("Mag niet"))).StatusCode);
        await using var db = factory.Db();
        Assert.False(await db.Context.ContactMoments.AnyAsync(c => c.ParticipantId == colleagues));
    }

    [Fact]
    public async Task Lead_ReadsFilesOfTheirProgrammes_WithoutBarriers_AndCannotWrite()
    {
        var id = await factory.ParticipantAsync("LeadView", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        await coach.PostFormAsync("/", $"/participants/{id}/barriers",
            [new("Barrier.Moment", "Intake"), new("Barrier.Date", "2026-01-05"), new("Barrier.Ratings[Debts]", "3"), new("Barrier.Ratings[Health]", "2"), new("Barrier.FunctionalLimitations", "Kan niet tillen boven 10 kg")]);

        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var page = await lead.GetPageAsync($"/participants/{id}");

        Assert.Contains("LeadView", page);
        Assert.DoesNotContain("id=\"barriers\"", page);
        Assert.DoesNotContain("Kan niet tillen", page);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostFormAsync("/", $"/participants/{id}/contacts", Contact("Lead schrijft"))).StatusCode);
    }

    [Fact]
    public async Task Adviser_SeesOnlyTheWorkProfile_AndOnlyWithEmployerConsent()
    {
        var without = await factory.ParticipantAsync("NoConsent", DemoAccounts.Coach, shareWithEmployers: false);
        var with = await factory.ParticipantAsync("WithConsent", DemoAccounts.Coach, shareWithEmployers: true);
        var adviser = factory.Browser();
        await adviser.SignInAsync(DemoAccounts.Adviser);

        Assert.Equal(HttpStatusCode.NotFound, (await adviser.GetAsync($"/participants/{without}")).StatusCode);
        var page = await adviser.GetPageAsync($"/participants/{with}");
        Assert.Contains("id=\"work-profile\"", page);
        Assert.DoesNotContain("id=\"profile\"", page);
        Assert.DoesNotContain("@example.test", page);
        Assert.DoesNotContain("id=\"journal\"", page);
        Assert.Equal(HttpStatusCode.Forbidden, (await adviser.PostFormAsync("/", $"/participants/{with}/contacts", Contact("Adviseur"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await adviser.GetAsync("/participants")).StatusCode);
    }

    [Theory]
    [InlineData(DemoAccounts.Referrer)]
    [InlineData(DemoAccounts.Admin)]
    public async Task ReferrerAndAdministrator_SeeNoFile(string email)
    {
        var id = await factory.ParticipantAsync("NoFileFor" + email[..3], DemoAccounts.Coach);
        var client = factory.Browser();
        await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/participants/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/participants")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync("/", $"/participants/{id}/contacts", Contact("x"))).StatusCode);
    }

    [Fact]
    public async Task Anonymous_IsSentToLogin()
    {
        var id = await factory.ParticipantAsync("Anon", DemoAccounts.Coach);
        var response = await factory.Browser().GetAsync($"/participants/{id}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task HealthDetails_AreForTheOwnCoachOnly_NotForAStandIn()
    {
        var id = await factory.ParticipantAsync("Health", OtherCoach);
        var owner = factory.Browser();
        await owner.SignInAsync(OtherCoach);
        await owner.PostFormAsync("/", $"/participants/{id}/barriers",
            [new("Barrier.Moment", "Intake"), new("Barrier.Date", "2026-01-05"), new("Barrier.Ratings[Health]", "2"), new("Barrier.FunctionalLimitations", "Maximaal vier uur staand werk")]);
        Assert.Contains("Maximaal vier uur staand werk", await owner.GetPageAsync($"/participants/{id}"));

        await using (var db = factory.Db())
        {
            var lead = await factory.UserIdAsync(DemoAccounts.Lead);
            db.Context.StandIns.Add(new Core.Participants.StandIn(await factory.UserIdAsync(OtherCoach), await factory.UserIdAsync(DemoAccounts.Coach),
                factory.Clock.Today().AddDays(-1), factory.Clock.Today().AddDays(7), lead, factory.Clock.GetUtcNow().UtcDateTime));
            await db.Context.SaveChangesAsync();
        }

        var standIn = factory.Browser();
        await standIn.SignInAsync(DemoAccounts.Coach);
        var page = await standIn.GetPageAsync($"/participants/{id}");
        Assert.Contains("id=\"barriers\"", page);
        Assert.DoesNotContain("Maximaal vier uur staand werk", page);
        Assert.Equal(HttpStatusCode.Redirect, (await standIn.PostFormAsync("/", $"/participants/{id}/contacts", Contact("Waarneming"))).StatusCode);
    }

    [Fact]
    public async Task AuditLog_RecordsReadsAndChanges_WithoutSpecialCategoryValues()
    {
        var id = await factory.ParticipantAsync("Audited", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        await coach.GetPageAsync($"/participants/{id}");
        await coach.PostFormAsync("/", $"/participants/{id}/barriers",
            [new("Barrier.Moment", "Intake"), new("Barrier.Date", "2026-01-05"), new("Barrier.Ratings[Health]", "3"), new("Barrier.FunctionalLimitations", "Geheime gezondheidsinformatie")]);
        var stranger = factory.Browser();
        await stranger.SignInAsync(OtherCoach);
        await stranger.GetAsync($"/participants/{id}");

        await using var db = factory.Db();
        var entries = await db.Context.AuditEntries.Where(e => e.ObjectType == "Participant" && e.ObjectId == id.ToString()).ToListAsync();
        var coachId = await factory.UserIdAsync(DemoAccounts.Coach);
        var strangerId = await factory.UserIdAsync(OtherCoach);
        Assert.Contains(entries, e => e.Action == AuditAction.Read && e.ActorUserId == coachId && e.Result == AuditResult.Success && e.Detail!.Contains("health"));
        Assert.Contains(entries, e => e.Action == AuditAction.Update && e.Detail == "barriers" && e.Origin.Contains($"/participants/{id}/barriers"));
        Assert.Contains(entries, e => e.Action == AuditAction.Read && e.Result == AuditResult.NotFound && e.ActorUserId == strangerId);
        Assert.DoesNotContain(entries, e => (e.Detail ?? "").Contains("Geheime") || e.Origin.Contains("Geheime"));
    }
}
