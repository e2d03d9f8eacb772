using System.Net;
using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Matching;
using Jobportunities.Core.Participants;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Trajectories;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Today;

/// <summary>The start page "Vandaag" per role (docs/product.md): what is due, for whom, with a link to act.</summary>
public sealed class TodayPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Colleague = "coach2@jobportunities.test";
    private const string OtherCoach = "coach.achterhoek@jobportunities.test";

    private static string Section(string page, string id)
    {
        var start = page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section {id}");
        var end = page.IndexOf("</section>", start, StringComparison.Ordinal);
        return page[start..end];
    }

    private async Task<string> HomeOfAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        return await client.GetPageAsync("/");
    }

    [Fact]
    public async Task Coach_SeesOverdueAndDueTodayActions_LinkedToTheFile_AndNotLaterOnes()
    {
        var overdue = await factory.FileWithActionAsync("Vandaagtelaat", DemoAccounts.Coach, actionInDays: -3);
        var dueToday = await factory.FileWithActionAsync("Vandaagnu", DemoAccounts.Coach, actionInDays: 0);
        var later = await factory.FileWithActionAsync("Vandaaglater", DemoAccounts.Coach, actionInDays: 4);

        var actions = Section(await HomeOfAsync(DemoAccounts.Coach), "today-actions-section");

        Assert.Contains($"href=\"/participants/{overdue}\"", actions);
        Assert.Contains($"href=\"/participants/{dueToday}\"", actions);
        Assert.DoesNotContain($"href=\"/participants/{later}\"", actions);
        Assert.Contains("data-action=\"Overdue\"", actions);
        Assert.Contains("data-action=\"DueToday\"", actions);
        Assert.Contains("Actie Vandaagtelaat", actions);
    }

    [Fact]
    public async Task Coach_SeesChecksUpcomingDueAndOverdue_WithinFourteenDays_LinkedToTheCheck()
    {
        var id = await factory.ParticipantAsync("Vandaagcheck", DemoAccounts.Coach);
        var upcoming = await factory.CheckAsync(id, dueInDays: 10);
        var due = await factory.CheckAsync(id, dueInDays: -2);
        var overdue = await factory.CheckAsync(id, dueInDays: -40);
        var tooFar = await factory.CheckAsync(id, dueInDays: 20);

        var checks = Section(await HomeOfAsync(DemoAccounts.Coach), "today-checks-section");

        Assert.Contains($"href=\"/durable-checks/{upcoming}\"", checks);
        Assert.Contains($"href=\"/durable-checks/{due}\"", checks);
        Assert.Contains($"href=\"/durable-checks/{overdue}\"", checks);
        Assert.DoesNotContain($"href=\"/durable-checks/{tooFar}\"", checks);
        Assert.Contains("data-check=\"Upcoming\"", checks);
        Assert.Contains("data-check=\"Due\"", checks);
        Assert.Contains("data-check=\"Overdue\"", checks);
    }

    /// <summary>An exited participant of the coach with a follow-up due about <paramref name="dueInDays"/> days from today.</summary>
    private async Task<int> FollowUpAsync(string familyName, string coachEmail, int dueInDays)
    {
        var id = await factory.ParticipantAsync("Vandaagnazorg", coachEmail, familyName: familyName);
        await using var db = factory.Db();
        var participant = await db.Context.Participants.SingleAsync(p => p.Id == id);
        var exit = factory.Today().AddDays(dueInDays).AddMonths(-6);
        db.Context.PhaseChanges.Add(participant.MoveTo(Phase.Exited, await factory.UserIdAsync(coachEmail), exit.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), ExitReason.FoundWork)!);
        var followUp = new Core.FollowUps.FollowUp(id, exit);
        db.Context.FollowUps.Add(followUp);
        await db.Context.SaveChangesAsync();
        return followUp.Id;
    }

    [Fact]
    public async Task Coach_SeesFollowUpsAfterLeaving_UpcomingDueAndOverdue_OfTheirOwnFormerParticipants()
    {
        var upcoming = await FollowUpAsync("Binnenkort", DemoAccounts.Coach, dueInDays: 8);
        var due = await FollowUpAsync("Nu", DemoAccounts.Coach, dueInDays: -10);
        var overdue = await FollowUpAsync("Telaat", DemoAccounts.Coach, dueInDays: -60);
        var tooFar = await FollowUpAsync("Later", DemoAccounts.Coach, dueInDays: 40);
        var othersCoach = await FollowUpAsync("Ander", Colleague, dueInDays: -10);

        var page = await HomeOfAsync(DemoAccounts.Coach);

        var followUps = Section(page, "today-follow-ups-section");
        Assert.Contains($"href=\"/follow-ups/{upcoming}\"", followUps);
        Assert.Contains($"href=\"/follow-ups/{due}\"", followUps);
        Assert.Contains($"href=\"/follow-ups/{overdue}\"", followUps);
        Assert.DoesNotContain($"href=\"/follow-ups/{tooFar}\"", followUps);
        Assert.DoesNotContain($"href=\"/follow-ups/{othersCoach}\"", followUps);
        Assert.Contains("data-follow-up=\"Upcoming\"", followUps);
        Assert.Contains("data-follow-up=\"Due\"", followUps);
        Assert.Contains("data-follow-up=\"Overdue\"", followUps);

        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var recorded = await coach.PostFormAsync($"/follow-ups/{due}", $"/follow-ups/{due}",
            [new("Form.Situation", "LookingForWork"), new("Form.Source", "Participant"), new("Form.RecordedOn", factory.Today().ToString("yyyy-MM-dd"))]);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.DoesNotContain($"href=\"/follow-ups/{due}\"", Section(await coach.GetPageAsync("/"), "today-follow-ups-section"));
    }

    [Fact]
    public async Task Coach_SeesApplicationsWaitingInTheirProgrammes_AndPlanItemsStartingThisWeek()
    {
        var application = await factory.ApplyAsync("Vandaagaanmelding");
        var elsewhere = await factory.ApplyAsync("Vandaagelders", "meedoen-werkt");
        var planned = await factory.ParticipantAsync("Vandaagplan", DemoAccounts.Coach);
        await factory.WagonStartingTodayAsync(planned);

        var page = await HomeOfAsync(DemoAccounts.Coach);

        var applications = Section(page, "today-applications-section");
        Assert.Contains($"href=\"/intake-queue/{application.Id}\"", applications);
        Assert.DoesNotContain($"href=\"/intake-queue/{elsewhere.Id}\"", applications);
        Assert.Contains($"href=\"/participants/{planned}/plan\"", Section(page, "today-plans-section"));
        Assert.Contains("id=\"home-signals\"", page);
    }

    [Fact]
    public async Task StandIn_SeesTheAbsentCoachsFilesMarked_AndAnotherCoachDoesNotSeeThem()
    {
        var id = await factory.FileWithActionAsync("Vandaagvervanging", DemoAccounts.Coach, actionInDays: -1);
        await using (var db = factory.Db())
        {
            var today = factory.Today();
            db.Context.StandIns.Add(new StandIn(await factory.UserIdAsync(DemoAccounts.Coach), await factory.UserIdAsync(Colleague),
                today.AddDays(-1), today.AddDays(7), await factory.UserIdAsync(DemoAccounts.Lead), factory.Clock.GetUtcNow().UtcDateTime));
            await db.Context.SaveChangesAsync();
        }

        var standIn = Section(await HomeOfAsync(Colleague), "today-actions-section");
        var line = standIn[standIn.IndexOf($"href=\"/participants/{id}\"", StringComparison.Ordinal)..];
        Assert.Contains("data-stand-in", line[..line.IndexOf("</li>", StringComparison.Ordinal)]);
        Assert.DoesNotContain($"href=\"/participants/{id}\"", await HomeOfAsync(OtherCoach));

        // The coach's own line carries no stand-in mark.
        var own = Section(await HomeOfAsync(DemoAccounts.Coach), "today-actions-section");
        var ownLine = own[own.IndexOf($"href=\"/participants/{id}\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("data-stand-in", ownLine[..ownLine.IndexOf("</li>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Lead_SeesCountsPerProgramme_WithLinksToFilteredLists()
    {
        await factory.FileWithActionAsync("Vandaagleiding", DemoAccounts.Coach, actionInDays: -2);
        await factory.ApplyAsync("Vandaagleidingaanmelding");
        await FollowUpAsync("Leiding", DemoAccounts.Coach, dueInDays: -3);
        int programmeId;
        await using (var db = factory.Db())
        {
            programmeId = await db.Context.Programmes.Where(p => p.Code == "new-jobportunities-2").Select(p => p.Id).SingleAsync();
        }

        var page = await HomeOfAsync(DemoAccounts.Lead);

        var programmes = Section(page, "today-programmes-section");
        Assert.Contains("data-programme=\"new-jobportunities-2\"", programmes);
        Assert.Contains($"href=\"/intake-queue?programme={programmeId}\"", programmes);
        Assert.Contains($"href=\"/participants?programme={programmeId}&amp;sort=NextAction\"", programmes);
        var block = programmes[programmes.IndexOf("data-programme=\"new-jobportunities-2\"", StringComparison.Ordinal)..];
        Assert.Matches("data-count=\"actions\">[1-9]", block);
        Assert.Matches("data-count=\"applications\">[1-9]", block);
        Assert.Matches("data-count=\"follow-ups\">[1-9]", block);
        Assert.DoesNotContain("today-actions-section", page);
    }

    [Fact]
    public async Task Adviser_SeesOpenVacancies_AndProposalsWaitingForAnAnswer()
    {
        var candidate = await factory.ParticipantAsync("Vandaagkandidaat", DemoAccounts.Coach, shareWithEmployers: true);
        int vacancyId;
        await using (var db = factory.Db())
        {
            var programme = await db.Context.Programmes.SingleAsync(p => p.Code == "new-jobportunities-2");
            var employer = new Employer("Vandaag Werkgever BV", "NL", "81234567", Sector.Care, factory.Clock.GetUtcNow().UtcDateTime);
            db.Context.Employers.Add(employer);
            await db.Context.SaveChangesAsync();
            var vacancy = new Vacancy(employer.Id, programme.Id, "Helpende zorg vandaag", Sector.Care, 24m, "7811", "NL", 2, null, false, factory.Clock.GetUtcNow().UtcDateTime);
            db.Context.Vacancies.Add(vacancy);
            await db.Context.SaveChangesAsync();
            db.Context.VacancyProposals.Add(new VacancyProposal(vacancy.Id, candidate, await factory.UserIdAsync(DemoAccounts.Coach), factory.Clock.GetUtcNow().UtcDateTime, null));
            await db.Context.SaveChangesAsync();
            vacancyId = vacancy.Id;
        }

        var page = await HomeOfAsync(DemoAccounts.Adviser);

        Assert.Contains($"href=\"/vacancies/{vacancyId}\"", Section(page, "today-vacancies-section"));
        var proposals = Section(page, "today-proposals-section");
        Assert.Contains($"href=\"/vacancies/{vacancyId}\"", proposals);
        Assert.Contains("Vandaagkandidaat", proposals);
        Assert.DoesNotContain("today-actions-section", page);
    }

    [Theory]
    [InlineData(DemoAccounts.Referrer)]
    [InlineData(DemoAccounts.Admin)]
    public async Task ReferrerAndAdministrator_KeepTheirTaskPage(string email)
    {
        var page = await HomeOfAsync(email);

        Assert.Contains("class=\"jp-tasks\"", page);
        Assert.DoesNotContain("today-actions-section", page);
        Assert.DoesNotContain("today-programmes-section", page);
    }

    [Fact]
    public async Task Anonymous_GetsThePublicStartPage()
    {
        var response = await factory.Browser().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("today-actions-section", page);
        Assert.Contains("/account/login", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EmptySections_SaySo()
    {
        var page = await HomeOfAsync(OtherCoach);

        Assert.Contains("today-plans-section", page);
        Assert.DoesNotContain("<ul class=\"utrecht-unordered-list jp-today__list\">", Section(page, "today-plans-section"));
    }
}
