using System.Net;
using Jobportunities.Core.Trajectories;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using static Jobportunities.IntegrationTests.Trajectories.PlanTestKit;

namespace Jobportunities.IntegrationTests.Trajectories;

/// <summary>Enrolling from the plan takes a seat and adds an "opleiding" wagon; a full run refuses with a clear message.</summary>
public class EnrolmentTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Full = "Deze opleiding is vol: op deze startdatum is geen plaats meer vrij.";

    private static KeyValuePair<string, string>[] Enrol(int runId) => [new("Enrol.RunId", runId.ToString())];

    [Fact]
    public async Task Enrolling_TakesASeat_AndAddsATrainingWagon()
    {
        var id = await factory.ParticipantAsync("Inschrijven", DemoAccounts.Coach);
        var runId = await factory.CourseRunAsync(seats: 3, startInDays: 21, cost: 2750m, title: "Heftruckchauffeur");
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        Assert.Contains("3 vrije plaatsen", await coach.GetPageAsync(Url(id)));
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(id), Url(id, "/enrolments"), Enrol(runId))).StatusCode);

        Assert.Equal(1, await factory.SeatsTakenAsync(runId));
        await using var db = factory.Db();
        var enrolment = await db.Context.Enrolments.SingleAsync(e => e.ParticipantId == id);
        var wagon = await db.Context.PlanInstruments.Include(i => i.Instrument).SingleAsync(i => i.Id == enrolment.PlanInstrumentId);
        Assert.Equal((EnrolmentStatus.Planned, runId), (enrolment.Status, enrolment.CourseRunId));
        Assert.Equal(InstrumentKind.Training, wagon.Instrument!.Kind);
        Assert.Equal(2750m, wagon.Cost);
        Assert.Equal(factory.Today().AddDays(21), wagon.PlannedStart);
        Assert.Equal(factory.Today().AddDays(21 + 69), wagon.PlannedEnd);
        Assert.Contains("Heftruckchauffeur", wagon.Provider);
        Assert.True(await db.Context.PlanHistory.AnyAsync(h => h.ParticipantId == id && h.Kind == PlanChangeKind.Enrolled && h.ItemId == enrolment.Id));

        var again = await coach.PostFormAsync(Url(id), Url(id, "/enrolments"), Enrol(runId));
        Assert.Contains("De deelnemer is al ingeschreven voor deze startdatum.", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await factory.SeatsTakenAsync(runId));
    }

    [Fact]
    public async Task AFullRun_RefusesTheNextEnrolment_WithAClearMessage()
    {
        var first = await factory.ParticipantAsync("Eerste", DemoAccounts.Coach);
        var second = await factory.ParticipantAsync("Tweede", DemoAccounts.Coach);
        var runId = await factory.CourseRunAsync(seats: 1);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);

        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(first), Url(first, "/enrolments"), Enrol(runId))).StatusCode);
        var refused = await coach.PostFormAsync(Url(second), Url(second, "/enrolments"), Enrol(runId));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains(Full, page);
        Assert.Contains("id=\"error-summary\"", page);
        Assert.Equal(1, await factory.SeatsTakenAsync(runId));
        await using var db = factory.Db();
        Assert.False(await db.Context.Enrolments.AnyAsync(e => e.ParticipantId == second));
        Assert.False(await db.Context.PlanInstruments.AnyAsync(i => i.ParticipantId == second));
    }

    [Fact]
    public async Task DroppingOutBeforeTheStart_FreesTheSeat_AfterTheStartItDoesNot()
    {
        var early = await factory.ParticipantAsync("Vroeg", DemoAccounts.Coach);
        var late = await factory.ParticipantAsync("Laat", DemoAccounts.Coach);
        var runId = await factory.CourseRunAsync(seats: 2);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        await coach.PostFormAsync(Url(early), Url(early, "/enrolments"), Enrol(runId));
        await coach.PostFormAsync(Url(late), Url(late, "/enrolments"), Enrol(runId));
        Assert.Equal(2, await factory.SeatsTakenAsync(runId));

        int earlyEnrolment, lateEnrolment;
        await using (var db = factory.Db())
        {
            earlyEnrolment = await db.Context.Enrolments.Where(e => e.ParticipantId == early).Select(e => e.Id).SingleAsync();
            lateEnrolment = await db.Context.Enrolments.Where(e => e.ParticipantId == late).Select(e => e.Id).SingleAsync();
        }

        var today = factory.Today().Iso();
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(early), Url(early, $"/enrolments/{earlyEnrolment}/status"),
            [new($"EnrolmentStatuses[{earlyEnrolment}].To", "DroppedOut"), new($"EnrolmentStatuses[{earlyEnrolment}].Date", today), new($"EnrolmentStatuses[{earlyEnrolment}].Reason", "Werk gevonden")])).StatusCode);
        Assert.Equal(1, await factory.SeatsTakenAsync(runId));

        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(late), Url(late, $"/enrolments/{lateEnrolment}/status"),
            [new($"EnrolmentStatuses[{lateEnrolment}].To", "Started"), new($"EnrolmentStatuses[{lateEnrolment}].Date", today)])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(late), Url(late, $"/enrolments/{lateEnrolment}/status"),
            [new($"EnrolmentStatuses[{lateEnrolment}].To", "DroppedOut"), new($"EnrolmentStatuses[{lateEnrolment}].Date", today), new($"EnrolmentStatuses[{lateEnrolment}].Reason", "Te zwaar")])).StatusCode);
        Assert.Equal(1, await factory.SeatsTakenAsync(runId));

        await using var check = factory.Db();
        var earlyWagon = await check.Context.PlanInstruments.SingleAsync(i => i.ParticipantId == early);
        var lateWagon = await check.Context.PlanInstruments.SingleAsync(i => i.ParticipantId == late);
        Assert.Equal((InstrumentStatus.Stopped, (DateOnly?)null), (earlyWagon.Status, earlyWagon.ActualStart));
        Assert.Equal(InstrumentStatus.Stopped, lateWagon.Status);
        Assert.NotNull(lateWagon.ActualStart);
    }

    [Fact]
    public async Task CompletingWithDiploma_CompletesTheWagon_AndTheWagonCannotMoveOnItsOwn()
    {
        var id = await factory.ParticipantAsync("Diploma", DemoAccounts.Coach);
        var ids = await factory.ArrangePlanAsync(id, DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var today = factory.Today().Iso();
        int wagonId;
        await using (var db = factory.Db())
        {
            wagonId = (await db.Context.Enrolments.SingleAsync(e => e.Id == ids.EnrolmentId)).PlanInstrumentId;
        }

        var direct = await coach.PostFormAsync(Url(id), Url(id, $"/instruments/{wagonId}/status"), [new($"Statuses[{wagonId}].To", "Running"), new($"Statuses[{wagonId}].Date", today)]);
        Assert.Contains("via de inschrijving", await direct.Content.ReadAsStringAsync());

        var e = ids.EnrolmentId;
        await coach.PostFormAsync(Url(id), Url(id, $"/enrolments/{e}/status"), [new($"EnrolmentStatuses[{e}].To", "Started"), new($"EnrolmentStatuses[{e}].Date", today)]);
        Assert.Equal(HttpStatusCode.Redirect, (await coach.PostFormAsync(Url(id), Url(id, $"/enrolments/{e}/status"),
            [new($"EnrolmentStatuses[{e}].To", "Completed"), new($"EnrolmentStatuses[{e}].Date", today), new($"EnrolmentStatuses[{e}].WithDiploma", "true")])).StatusCode);

        await using var check = factory.Db();
        var enrolment = await check.Context.Enrolments.SingleAsync(x => x.Id == e);
        Assert.Equal((EnrolmentStatus.Completed, (bool?)true), (enrolment.Status, enrolment.WithDiploma));
        Assert.Equal(InstrumentStatus.Done, (await check.Context.PlanInstruments.SingleAsync(i => i.Id == wagonId)).Status);
        Assert.Contains("met diploma", await coach.GetPageAsync(Url(id)));
    }
}
