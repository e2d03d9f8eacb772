using System.Net;
using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Users;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Privacy;

/// <summary>Leads get what reassigning needs; stand-ins never receive health; the audit page shows a lead only their programmes.</summary>
public class NarrowedRightsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string OtherCoach = "coach2@jobportunities.test";
    private const string Password = "een lange zin als wachtwoord";

    private static IEnumerable<KeyValuePair<string, string>> Barrier(string limitations) =>
    [
        new("Barrier.Moment", "Intake"), new("Barrier.Date", "2026-01-05"), new("Barrier.Ratings[Debts]", "3"),
        new("Barrier.Ratings[Health]", "2"), new("Barrier.FunctionalLimitations", limitations),
    ];

    private async Task<ParticipantFile?> ReadAsAsync(string email, string role, int id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var user = new StaffUser(await factory.UserIdAsync(email), new HashSet<string> { role });
        return await scope.ServiceProvider.GetRequiredService<ParticipantFileService>().ReadAsync(user, id);
    }

    [Fact]
    public async Task Lead_GetsNameReferencePhaseCoachAndTheReassignForm_Only()
    {
        var id = await factory.ParticipantAsync("Leadsicht", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        await coach.PostFormAsync("/", $"/participants/{id}/contacts", [new("Contact.Date", "2026-01-10"), new("Contact.Kind", "Phone"), new("Contact.Summary", "Vertrouwelijk gesprek")]);
        await coach.PostFormAsync("/", $"/participants/{id}/barriers", Barrier("Geen zwaar werk"));

        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var page = WebUtility.HtmlDecode(await lead.GetPageAsync($"/participants/{id}"));

        Assert.Contains("Leadsicht Test", page);
        Assert.Contains("id=\"current-phase\"", page);
        Assert.Contains("Sanne de Vries", page);
        Assert.Contains($"action=\"/participants/{id}/coach\"", page);
        foreach (var hidden in new[] { "id=\"profile\"", "id=\"journal\"", "id=\"work-profile\"", "id=\"ladder\"", "id=\"barriers\"", "Vertrouwelijk gesprek", "Geen zwaar werk", "@example.test" })
        {
            Assert.DoesNotContain(hidden, page);
        }

        var file = (await ReadAsAsync(DemoAccounts.Lead, Roles.ProgrammeLead, id))!;
        Assert.True(file.Rights.CanRead && file.Rights.CanAssignCoach);
        Assert.False(file.Rights.SeesProfile || file.Rights.SeesJournal || file.Rights.SeesBarriers || file.Rights.SeesHealth || file.Rights.SeesWorkProfile);
        Assert.Empty(file.Contacts);
        Assert.Empty(file.Barriers);
        Assert.Empty(file.Consents);

        var otherCoachId = await factory.UserIdAsync(OtherCoach);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync($"/participants/{id}", $"/participants/{id}/coach", [new("Coach.CoachId", otherCoachId)])).StatusCode);
        await using var db = factory.Db();
        Assert.Equal(otherCoachId, await db.Context.Participants.Where(p => p.Id == id).Select(p => p.CoachId).SingleAsync());
    }

    [Fact]
    public async Task StandIn_NeverReceivesHealth_FromTheService()
    {
        var id = await factory.ParticipantAsync("Waarneemgezond", OtherCoach);
        var owner = factory.Browser();
        await owner.SignInAsync(OtherCoach);
        await owner.PostFormAsync("/", $"/participants/{id}/barriers", Barrier("Maximaal vier uur staand werk"));
        await using (var db = factory.Db())
        {
            db.Context.StandIns.Add(new StandIn(await factory.UserIdAsync(OtherCoach), await factory.UserIdAsync(DemoAccounts.Coach),
                factory.Clock.Today().AddDays(-1), factory.Clock.Today().AddDays(7),
                await factory.UserIdAsync(DemoAccounts.Lead), factory.Clock.GetUtcNow().UtcDateTime));
            await db.Context.SaveChangesAsync();
        }

        var own = (await ReadAsAsync(OtherCoach, Roles.Coach, id))!;
        var standIn = (await ReadAsAsync(DemoAccounts.Coach, Roles.Coach, id))!;

        Assert.Equal(2, own.Barriers.Single().SeverityOf(BarrierKind.Health));
        Assert.Equal("Maximaal vier uur staand werk", own.Barriers.Single().FunctionalLimitations);
        var seen = standIn.Barriers.Single();
        Assert.Equal(3, seen.SeverityOf(BarrierKind.Debts));
        Assert.DoesNotContain(seen.Ratings, r => r.Kind == BarrierKind.Health);
        Assert.Null(seen.FunctionalLimitations);
        Assert.False(standIn.Rights.SeesHealth);
    }

    [Fact]
    public async Task AuditPage_ShowsALeadOnlyTheirProgrammes_AndAnotherProgrammesRecordIsNotFound()
    {
        var main = await factory.ParticipantAsync("Auditmain", DemoAccounts.Coach);
        var second = await factory.ParticipantAsync("Auditsecond", "coach.achterhoek@jobportunities.test", "meedoen-werkt");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        await coach.GetPageAsync($"/participants/{main}");
        var secondCoach = factory.Browser();
        await secondCoach.SignInAsync("coach.achterhoek@jobportunities.test");
        await secondCoach.GetPageAsync($"/participants/{second}");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
            var secondProgramme = await db.Programmes.Where(p => p.Code == "meedoen-werkt").Select(p => p.Id).SingleAsync();
            var created = await scope.ServiceProvider.GetRequiredService<UserAdminService>().CreateAsync("test",
                new UserInput("lead.second@jobportunities.test", "Lead Tweede", [Roles.ProgrammeLead], null, [secondProgramme], false), Password);
            Assert.True(created.IsOk, created.ErrorCode);
            // An account made by the service chooses its own password at first sign-in; this one has.
            await db.Users.Where(u => u.Id == created.Value).ExecuteUpdateAsync(s => s.SetProperty(u => u.MustChangePassword, false));
        }

        var leadOfSecond = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await leadOfSecond.LoginAsync("lead.second@jobportunities.test", Password)).StatusCode);
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await leadOfSecond.GetAsync($"/audit?Type=Participant&Id={main}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leadOfSecond.GetAsync($"/audit?Id={main}")).StatusCode);
        Assert.Contains("Ineke Wolters", await leadOfSecond.GetPageAsync($"/audit?Type=Participant&Id={second}"));
        Assert.Contains("Sanne de Vries", await admin.GetPageAsync($"/audit?Type=Participant&Id={main}"));
        var all = await leadOfSecond.GetPageAsync("/audit?Type=Account");
        Assert.DoesNotContain("Sanne de Vries", all);

        await using var services = factory.Services.CreateAsyncScope();
        var audit = services.ServiceProvider.GetRequiredService<AuditLog>();
        var viewer = new StaffUser(await factory.UserIdAsync("lead.second@jobportunities.test"), new HashSet<string> { Roles.ProgrammeLead });
        Assert.Equal(0, (await audit.SearchAsync(viewer, new AuditQuery(ObjectId: main.ToString()))).Total);
        Assert.NotEqual(0, (await audit.SearchAsync(viewer, new AuditQuery(ObjectId: second.ToString()))).Total);
        var (rows, _) = await audit.SearchAsync(viewer, new AuditQuery());
        Assert.All(rows, r => Assert.True(r.ObjectType.StartsWith("Participant") || r.ObjectType.StartsWith("Application") || r.ObjectType.StartsWith("Programme") || r.ObjectType.StartsWith("Vacancy"), r.ObjectType));
    }
}
