using System.Net;
using Jobportunities.Core.Audit;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Jobportunities.Core.Trajectories;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jobportunities.IntegrationTests.Trajectories.PlanTestKit;

namespace Jobportunities.IntegrationTests.Trajectories;

/// <summary>
/// Every plan endpoint for every relation: the own coach and a stand-in edit; a lead of the
/// programme reads (changes: 403); another coach or a lead elsewhere gets 404; employer
/// advisers, referrers and administrators get 403; strangers go to the login page.
/// </summary>
public class PlanRightsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string OtherCoach = "coach2@jobportunities.test";
    private const string ElsewhereCoach = "coach.achterhoek@jobportunities.test";

    /// <summary>Each change endpoint with a valid form, so the request reaches the relation check.</summary>
    private IEnumerable<(string Url, KeyValuePair<string, string>[] Fields)> Changes(PlanIds p, int otherRunId, (Guid Goal, Guid Wagon, Guid Agreement) v = default)
    {
        var today = factory.Today().Iso();
        var id = p.ParticipantId;
        return
        [
            (Url(id, "/goals"), [new("NewGoal.What", "Doel"), new("NewGoal.ByWhen", today), new("NewGoal.HowMeasured", "Meting")]),
            (Url(id, $"/goals/{p.GoalId}"), [new($"Goals[{p.GoalId}].Version", v.Goal.ToString()), new($"Goals[{p.GoalId}].What", "Doel"), new($"Goals[{p.GoalId}].ByWhen", today), new($"Goals[{p.GoalId}].HowMeasured", "Meting")]),
            (Url(id, $"/goals/{p.GoalId}/achieved"), []),
            (Url(id, "/instruments"), [new("NewInstrument.InstrumentId", "1")]),
            (Url(id, $"/instruments/{p.WagonId}"), [new($"Instruments[{p.WagonId}].Version", v.Wagon.ToString()), new($"Instruments[{p.WagonId}].Cost", "100")]),
            (Url(id, $"/instruments/{p.WagonId}/status"), [new($"Statuses[{p.WagonId}].To", "Running"), new($"Statuses[{p.WagonId}].Date", today)]),
            (Url(id, $"/instruments/{p.LearningWagonId}/certificate"),
                [new($"Certificates[{p.LearningWagonId}].Occupation", "Beroep"), new($"Certificates[{p.LearningWagonId}].IssuedOn", today), new($"Certificates[{p.LearningWagonId}].Issuer", "SBB")]),
            (Url(id, "/enrolments"), [new("Enrol.RunId", otherRunId.ToString())]),
            (Url(id, $"/enrolments/{p.EnrolmentId}/status"), [new($"EnrolmentStatuses[{p.EnrolmentId}].To", "Started"), new($"EnrolmentStatuses[{p.EnrolmentId}].Date", today)]),
            (Url(id, "/agreements"), [new("NewAgreement.EmployerId", p.EmployerId.ToString()), new("NewAgreement.DevelopmentAgreement", "Afspraak")]),
            (Url(id, $"/agreements/{p.AgreementId}"), [new($"Agreements[{p.AgreementId}].Version", v.Agreement.ToString()), new($"Agreements[{p.AgreementId}].EmployerId", p.EmployerId.ToString()), new($"Agreements[{p.AgreementId}].DevelopmentAgreement", "Afspraak")]),
            (Url(id, "/cost-split"), [new("CostSplit.Shares[0].Payer", "Programme"), new("CostSplit.Shares[0].Percent", "100")]),
        ];
    }

    private static string[] Reads(int id) => [Url(id), Url(id, "/print")];

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        return client;
    }

    private async Task<(PlanIds Plan, int RunId, int ChangesBefore)> ArrangeAsync(string name, string coach = DemoAccounts.Coach, string programme = "new-jobportunities-2")
    {
        var id = await factory.ParticipantAsync(name, coach, programme);
        var plan = await factory.ArrangePlanAsync(id, coach);
        await using var db = factory.Db();
        return (plan, await factory.CourseRunAsync(seats: 10), await db.Context.PlanHistory.CountAsync(h => h.ParticipantId == id));
    }

    [Fact]
    public async Task OwnCoach_ReadsAndChangesEverything()
    {
        var (plan, runId, before) = await ArrangeAsync("Eigen");
        var coach = await SignedInAsync(DemoAccounts.Coach);

        foreach (var url in Reads(plan.ParticipantId))
        {
            Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync(url)).StatusCode);
        }

        (Guid, Guid, Guid) versions;
        await using (var db = factory.Db())
        {
            versions = (
                await db.Context.PlanGoals.Where(g => g.Id == plan.GoalId).Select(g => g.Version).SingleAsync(),
                await db.Context.PlanInstruments.Where(i => i.Id == plan.WagonId).Select(i => i.Version).SingleAsync(),
                await db.Context.EmployerAgreements.Where(a => a.Id == plan.AgreementId).Select(a => a.Version).SingleAsync());
        }

        var changes = Changes(plan, runId, versions).ToList();
        foreach (var (url, fields) in changes)
        {
            var response = await coach.PostFormAsync("/", url, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {response.StatusCode}");
        }

        await using var check = factory.Db();
        Assert.Equal(before + changes.Count, await check.Context.PlanHistory.CountAsync(h => h.ParticipantId == plan.ParticipantId));
    }

    [Fact]
    public async Task OtherCoaches_AndLeadsOfOtherProgrammes_FindNoPlan()
    {
        var (plan, runId, before) = await ArrangeAsync("Andermans");
        foreach (var email in new[] { OtherCoach, ElsewhereCoach })
        {
            var client = await SignedInAsync(email);
            foreach (var url in Reads(plan.ParticipantId))
            {
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
            }

            foreach (var (url, fields) in Changes(plan, runId))
            {
                Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("/", url, fields)).StatusCode);
            }
        }

        var leadElsewhere = await SignedInAsync(await LeadOfOnlyAsync("meedoen-werkt"));
        Assert.Equal(HttpStatusCode.NotFound, (await leadElsewhere.GetAsync(Url(plan.ParticipantId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leadElsewhere.GetAsync(Url(plan.ParticipantId, "/print"))).StatusCode);
        var (firstUrl, firstFields) = Changes(plan, runId).First();
        Assert.Equal(HttpStatusCode.NotFound, (await leadElsewhere.PostFormAsync("/", firstUrl, firstFields)).StatusCode);

        await using var db = factory.Db();
        Assert.Equal(before, await db.Context.PlanHistory.CountAsync(h => h.ParticipantId == plan.ParticipantId));
        Assert.Equal(0, await db.Context.Enrolments.CountAsync(e => e.CourseRunId == runId));
        var strangerId = await factory.UserIdAsync(OtherCoach);
        Assert.Contains(await db.Context.AuditEntries.Where(e => e.ObjectType == PlanAccess.ObjectType && e.ObjectId == plan.ParticipantId.ToString() && e.ActorUserId == strangerId).ToListAsync(),
            e => e.Result == AuditResult.NotFound && e.Action == AuditAction.Update);
    }

    /// <summary>A programme lead who is a member of one programme only.</summary>
    private async Task<string> LeadOfOnlyAsync(string programmeCode)
    {
        var email = $"lead.{Guid.NewGuid():N}@jobportunities.test";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Leiding elders", CreatedUtc = factory.Clock.GetUtcNow().UtcDateTime };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.ProgrammeLead);
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        db.ProgrammeMembers.Add(new ProgrammeMember(await db.Programmes.Where(p => p.Code == programmeCode).Select(p => p.Id).SingleAsync(), user.Id));
        await db.SaveChangesAsync();
        return email;
    }

    [Fact]
    public async Task LeadOfTheProgramme_ReadsThePlan_ButCannotChangeIt()
    {
        var (plan, runId, before) = await ArrangeAsync("Leiding");
        var lead = await SignedInAsync(DemoAccounts.Lead);

        var page = await lead.GetPageAsync(Url(plan.ParticipantId));
        Assert.Contains("id=\"read-only\"", page);
        Assert.DoesNotContain("id=\"add-goal-form\"", page);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync(Url(plan.ParticipantId, "/print"))).StatusCode);
        // The lead's file page shows only what reassigning needs (no plan summary); the plan itself stays readable.
        Assert.DoesNotContain("id=\"plan-link\"", await lead.GetPageAsync($"/participants/{plan.ParticipantId}"));

        foreach (var (url, fields) in Changes(plan, runId))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostFormAsync("/", url, fields)).StatusCode);
        }

        // Also with an invalid form: no page with forms for a reader.
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostFormAsync("/", Url(plan.ParticipantId, "/goals"), [new("NewGoal.What", "")])).StatusCode);

        await using var db = factory.Db();
        Assert.Equal(before, await db.Context.PlanHistory.CountAsync(h => h.ParticipantId == plan.ParticipantId));
        var leadId = await factory.UserIdAsync(DemoAccounts.Lead);
        Assert.Contains(await db.Context.AuditEntries.Where(e => e.ObjectType == PlanAccess.ObjectType && e.ObjectId == plan.ParticipantId.ToString() && e.ActorUserId == leadId).ToListAsync(),
            e => e.Result == AuditResult.Denied);
    }

    [Fact]
    public async Task StandInCoach_ChangesThePlan_WhileTheStandInLasts()
    {
        var (plan, runId, _) = await ArrangeAsync("Waarneming", OtherCoach);
        var coach = await SignedInAsync(DemoAccounts.Coach);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.GetAsync(Url(plan.ParticipantId))).StatusCode);

        await using (var db = factory.Db())
        {
            var today = factory.Today();
            db.Context.StandIns.Add(new StandIn(await factory.UserIdAsync(OtherCoach), await factory.UserIdAsync(DemoAccounts.Coach),
                today.AddDays(-1), today.AddDays(7), await factory.UserIdAsync(DemoAccounts.Lead), factory.Clock.GetUtcNow().UtcDateTime));
            await db.Context.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync(Url(plan.ParticipantId))).StatusCode);
        var (url, fields) = Changes(plan, runId).First();
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync("/", url, fields)).StatusCode);
    }

    [Theory]
    [InlineData(DemoAccounts.Adviser)]
    [InlineData(DemoAccounts.Referrer)]
    [InlineData(DemoAccounts.Admin)]
    public async Task AdvisersReferrersAndAdministrators_HaveNoPlan(string email)
    {
        var (plan, runId, _) = await ArrangeAsync("Geen" + email[..3]);
        var client = await SignedInAsync(email);
        foreach (var url in Reads(plan.ParticipantId))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }

        foreach (var (url, fields) in Changes(plan, runId))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync("/", url, fields)).StatusCode);
        }
    }

    [Fact]
    public async Task Strangers_GoToTheLoginPage()
    {
        var id = await factory.ParticipantAsync("Vreemde", DemoAccounts.Coach);
        foreach (var url in Reads(id))
        {
            var response = await factory.Browser().GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/login", response.Headers.Location!.ToString());
        }
    }
}
