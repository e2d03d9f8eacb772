using System.Net;
using Jobportunities.Core.Trajectories;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using static Jobportunities.IntegrationTests.Trajectories.PlanTestKit;

namespace Jobportunities.IntegrationTests.Trajectories;

/// <summary>Archiving training providers and courses instead of deleting them (ADR 0025).</summary>
public class CatalogueArchiveTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly KeyValuePair<string, string>[] Confirmed = [new("Archive.Confirm", "true")];

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email);
        return client;
    }

    private async Task<(int Provider, int Course, string ProviderName)> CourseOfRunAsync(int runId)
    {
        await using var db = factory.Db();
        var run = await db.Context.CourseRuns.Include(r => r.Course!).ThenInclude(c => c.TrainingProvider).SingleAsync(r => r.Id == runId);
        return (run.Course!.TrainingProviderId, run.CourseId, run.Course.TrainingProvider!.Name);
    }

    [Fact]
    public async Task ArchivedCourse_LeavesTheEnrolmentChoice_RefusesANewEnrolment_AndStaysInThePlan()
    {
        var enrolled = await factory.ParticipantAsync("Archiefcursus", DemoAccounts.Coach);
        var next = await factory.ParticipantAsync("Nacursus", DemoAccounts.Coach);
        var runId = await factory.CourseRunAsync(seats: 4, title: "Archiefcursus Lassen");
        var (provider, course, _) = await CourseOfRunAsync(runId);
        var coach = await SignedInAsync(DemoAccounts.Coach);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(enrolled), Url(enrolled, "/enrolments"), [new("Enrol.RunId", runId.ToString())])).StatusCode);
        Assert.Contains("Archiefcursus Lassen", await coach.GetPageAsync(Url(next)));

        var lead = await SignedInAsync(DemoAccounts.Lead);
        var coursePage = $"/training-providers/{provider}/courses/{course}";
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync(coursePage, coursePage + "/archive", Confirmed)).StatusCode);

        Assert.Contains("id=\"archived-notice\"", await lead.GetPageAsync(coursePage));
        Assert.DoesNotContain("Archiefcursus Lassen", await coach.GetPageAsync(Url(next)));
        var refused = await coach.PostFormAsync(Url(next), Url(next, "/enrolments"), [new("Enrol.RunId", runId.ToString())]);
        Assert.Contains("Deze opleiding of opleider is gearchiveerd", await refused.Content.ReadAsStringAsync());
        Assert.Equal(1, await factory.SeatsTakenAsync(runId));
        // History points at it: the enrolled participant's plan still names the course.
        Assert.Contains("Archiefcursus Lassen", await coach.GetPageAsync(Url(enrolled)));
        await using (var db = factory.Db())
        {
            Assert.True(await db.Context.AuditEntries.AnyAsync(a => a.ObjectType == TrainingProviderService.CourseObject && a.ObjectId == course.ToString() && a.Detail == "archive"));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFormAsync(coursePage, coursePage + "/restore", Confirmed)).StatusCode);
        await lead.GetPageAsync(coursePage);
        Assert.Contains("Archiefcursus Lassen", await coach.GetPageAsync(Url(next)));
    }

    [Fact]
    public async Task ArchivedProvider_LeavesTheList_AndItsCoursesLeaveTheChoice_UntilRestored()
    {
        var participant = await factory.ParticipantAsync("Archiefopleider", DemoAccounts.Coach);
        var runId = await factory.CourseRunAsync(seats: 4, title: "Archiefopleider Heftruck");
        var (provider, _, name) = await CourseOfRunAsync(runId);
        var coach = await SignedInAsync(DemoAccounts.Coach);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.PostFormAsync($"/training-providers/{provider}", $"/training-providers/{provider}/archive", Confirmed)).StatusCode);

        var admin = await SignedInAsync(DemoAccounts.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/training-providers/{provider}", $"/training-providers/{provider}/archive", Confirmed)).StatusCode);

        Assert.Contains("id=\"archived-notice\"", await coach.GetPageAsync($"/training-providers/{provider}"));
        Assert.DoesNotContain(name, await coach.GetPageAsync("/training-providers"));
        Assert.Contains(name, await coach.GetPageAsync("/training-providers?archived=true"));
        Assert.DoesNotContain("Archiefopleider Heftruck", await coach.GetPageAsync(Url(participant)));
        var refused = await coach.PostFormAsync(Url(participant), Url(participant, "/enrolments"), [new("Enrol.RunId", runId.ToString())]);
        Assert.Contains("Deze opleiding of opleider is gearchiveerd", await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/training-providers/{provider}", $"/training-providers/{provider}/restore", Confirmed)).StatusCode);
        await admin.GetPageAsync($"/training-providers/{provider}");
        Assert.Contains(name, await coach.GetPageAsync("/training-providers"));
        Assert.Contains("Archiefopleider Heftruck", await coach.GetPageAsync(Url(participant)));
    }
}
