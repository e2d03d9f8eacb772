using System.Net;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Security;

/// <summary>Regression tests of findings 1 (intake queue reach) and 4 (administrator self-escalation).</summary>
public class AccessFindingsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task IntakeQueue_AnswersNotFound_ForAnApplicationAlreadyAccepted_AndWritesNothing()
    {
        var application = await factory.ApplyAsync("Accepted-Elsewhere");
        var coachId = await factory.UserIdAsync(DemoAccounts.Coach);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var queue = scope.ServiceProvider.GetRequiredService<IntakeQueueService>();
            var lead = await factory.UserIdAsync(DemoAccounts.Lead);
            Assert.True((await queue.AcceptAsync(new StaffUser(lead, new HashSet<string> { Roles.ProgrammeLead }), application.Id, coachId, null)).IsOk);
        }

        foreach (var email in new[] { "coach2@jobportunities.test", DemoAccounts.Coach, DemoAccounts.Lead })
        {
            var client = factory.Browser();
            await client.SignInAsync(email);
            var page = await client.GetAsync($"/intake-queue/{application.Id}");
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.DoesNotContain(application.Email!, await page.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/intake-queue", $"/intake-queue/{application.Id}/duplicate/dismiss", [])).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/intake-queue", $"/intake-queue/{application.Id}/decline", [new("Decline.Reason", "Weg ermee")])).StatusCode);
        }

        await using var db = factory.Db();
        var stored = await db.Context.Applications.SingleAsync(a => a.Id == application.Id);
        Assert.Equal(ApplicationStatus.Accepted, stored.Status);
    }

    [Fact]
    public async Task IntakeQueue_StillOpensAnUndecidedApplication_ForACoachOfItsProgramme()
    {
        var application = await factory.ApplyAsync("Undecided-Open");
        var client = factory.Browser();
        await client.SignInAsync("coach2@jobportunities.test");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/intake-queue/{application.Id}")).StatusCode);
    }

    [Fact]
    public async Task Administrator_CannotGiveThemselvesCaseFileRolesOrProgrammes()
    {
        var adminId = await factory.UserIdAsync(DemoAccounts.Admin);
        int programmeId;
        await using (var scope = factory.Db())
        {
            programmeId = (await scope.Context.Programmes.SingleAsync(p => p.Code == "new-jobportunities-2")).Id;
        }

        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        var url = $"/admin/users/{adminId}";
        var response = await admin.PostFormAsync(url,
        [
            new("Form.DisplayName", "Ahmed El Amrani"), new("Form.Roles", Roles.Administrator), new("Form.Roles", Roles.Coach),
            new("Form.Roles", Roles.ProgrammeLead), new("Form.ProgrammeIds", programmeId.ToString()), new("Form.OrganisationId", ""),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("beheerders", await response.Content.ReadAsStringAsync());

        // Only programmes, keeping the roles: refused as well.
        var programmesOnly = await admin.PostFormAsync(url,
            [new("Form.DisplayName", "Ahmed El Amrani"), new("Form.Roles", Roles.Administrator), new("Form.ProgrammeIds", programmeId.ToString()), new("Form.OrganisationId", "")]);
        Assert.Equal(HttpStatusCode.OK, programmesOnly.StatusCode);
        Assert.Contains("andere beheerder", await programmesOnly.Content.ReadAsStringAsync());

        await using var db = factory.Db();
        var roles = await db.Context.UserRoles.Where(r => r.UserId == adminId).Join(db.Context.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
        Assert.Equal([Roles.Administrator], roles);
        Assert.False(await db.Context.ProgrammeMembers.AnyAsync(m => m.UserId == adminId));
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/participants")).StatusCode);
    }

    [Fact]
    public async Task Administrator_CannotCreateAnAdministratorWhoIsAlsoCoach()
    {
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        var response = await admin.PostFormAsync("/admin/users/new",
        [
            new("Form.Email", "dubbelrol@jobportunities.test"), new("Form.DisplayName", "Dubbel Rol"), new("Form.Roles", Roles.Administrator),
            new("Form.Roles", Roles.Coach), new("Form.OrganisationId", ""), new("Form.Password", "een lange zin als wachtwoord"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("value=\"Dubbel Rol\"", await response.Content.ReadAsStringAsync());
        await using var db = factory.Db();
        Assert.False(await db.Context.Users.AnyAsync(u => u.Email == "dubbelrol@jobportunities.test"));
    }

    [Fact]
    public async Task Administrator_StillEditsAnotherAccount()
    {
        var coachId = await factory.UserIdAsync("coach.achterhoek@jobportunities.test");
        var admin = factory.Browser();
        await admin.SignInAsync(DemoAccounts.Admin);
        int programmeId;
        await using (var scope = factory.Db())
        {
            programmeId = (await scope.Context.Programmes.SingleAsync(p => p.Code == "meedoen-werkt")).Id;
        }

        var response = await admin.PostFormAsync($"/admin/users/{coachId}",
            [new("Form.DisplayName", "Ineke Wolters"), new("Form.Roles", Roles.Coach), new("Form.ProgrammeIds", programmeId.ToString()), new("Form.OrganisationId", "")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
