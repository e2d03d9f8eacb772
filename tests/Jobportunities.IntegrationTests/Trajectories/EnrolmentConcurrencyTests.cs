using System.Net;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using static Jobportunities.IntegrationTests.Trajectories.PlanTestKit;

namespace Jobportunities.IntegrationTests.Trajectories;

/// <summary>Two coaches enrolling at the same moment never overbook a run (a database file, one connection per request).</summary>
public class EnrolmentConcurrencyTests(DatabaseFileAppFactory factory) : IClassFixture<DatabaseFileAppFactory>
{
    [Fact]
    public async Task TwoCoachesRacingForTheLastSeat_ExactlyOneWins()
    {
        var mine = await factory.ParticipantAsync("Race", DemoAccounts.Coach);
        var theirs = await factory.ParticipantAsync("Race", "coach2@jobportunities.test");
        var runId = await factory.CourseRunAsync(seats: 1);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var colleague = factory.Browser();
        await colleague.SignInAsync("coach2@jobportunities.test");
        var myPost = await PreparedEnrolmentAsync(coach, mine, runId);
        var theirPost = await PreparedEnrolmentAsync(colleague, theirs, runId);

        var responses = await Task.WhenAll(myPost(), theirPost());

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var loser = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Contains("Deze opleiding is vol", await loser.Content.ReadAsStringAsync());
        Assert.Equal(1, await factory.SeatsTakenAsync(runId));
        await using var db = factory.Db();
        Assert.Equal(1, await db.Context.Enrolments.CountAsync(e => e.CourseRunId == runId));
        Assert.Equal(1, await db.Context.PlanInstruments.CountAsync(i => i.ParticipantId == mine || i.ParticipantId == theirs));
    }

    [Fact]
    public async Task ManyEnrolmentsAtOnce_FillTheRunExactly()
    {
        const int seats = 3;
        var runId = await factory.CourseRunAsync(seats: seats);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var colleague = factory.Browser();
        await colleague.SignInAsync("coach2@jobportunities.test");
        var posts = new List<Func<Task<HttpResponseMessage>>>();
        for (var i = 0; i < 4; i++)
        {
            posts.Add(await PreparedEnrolmentAsync(coach, await factory.ParticipantAsync("Veel" + i, DemoAccounts.Coach), runId));
            posts.Add(await PreparedEnrolmentAsync(colleague, await factory.ParticipantAsync("Veel" + i, "coach2@jobportunities.test"), runId));
        }

        var responses = await Task.WhenAll(posts.Select(p => Task.Run(p)));

        Assert.Equal(seats, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(posts.Count - seats, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(seats, await factory.SeatsTakenAsync(runId));
        await using var db = factory.Db();
        Assert.Equal(seats, await db.Context.Enrolments.CountAsync(e => e.CourseRunId == runId));
    }

    /// <summary>Reads the plan page for its token first, so the posts themselves go out together.</summary>
    private static async Task<Func<Task<HttpResponseMessage>>> PreparedEnrolmentAsync(HttpClient client, int participantId, int runId)
    {
        var token = HttpClientExtensions.AntiforgeryToken(await client.GetPageAsync(Url(participantId)));
        return () => client.PostAsync(Url(participantId, "/enrolments"),
            new FormUrlEncodedContent([new("Enrol.RunId", runId.ToString()), new("__RequestVerificationToken", token)]));
    }
}
