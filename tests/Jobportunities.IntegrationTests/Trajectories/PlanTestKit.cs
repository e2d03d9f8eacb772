using System.Globalization;
using Jobportunities.Core.Common;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Trajectories;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.IntegrationTests.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Trajectories;

/// <summary>The ids of a plan arranged through the real services, for tests that need every kind of item.</summary>
public sealed record PlanIds(int ParticipantId, int GoalId, int WagonId, int LearningWagonId, int EnrolmentId, int AgreementId, int RunId, int EmployerId = 0);

public static class PlanTestKit
{
    public static DateOnly Today(this AppFactory factory) => factory.Clock.Today();

    public static string Iso(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Url(int participantId, string rest = "") => $"/participants/{participantId}/plan{rest}";

    public static async Task<int> InstrumentIdAsync(this AppFactory factory, string code)
    {
        await using var db = factory.Db();
        return await db.Context.Instruments.Where(i => i.Code == code).Select(i => i.Id).SingleAsync();
    }

    /// <summary>A provider of its own with one course and one run of <paramref name="seats"/> seats.</summary>
    public static async Task<int> CourseRunAsync(this AppFactory factory, int seats, int startInDays = 14, decimal cost = 2200m, string title = "Logistiek medewerker")
    {
        await using var db = factory.Db();
        var provider = new TrainingProvider($"Testopleider {Guid.NewGuid():N}", "NL", "Emmen", "7811 KL");
        var run = provider.AddCourse(new CourseDetails(title, Sector.TransportLogistics, 2, "nl", "7811 KL", "Emmen", cost, 10, null))
            .AddRun(factory.Today().AddDays(startInDays), seats);
        db.Context.TrainingProviders.Add(provider);
        await db.Context.SaveChangesAsync();
        return run.Id;
    }

    public static async Task<int> SeatsTakenAsync(this AppFactory factory, int runId)
    {
        await using var db = factory.Db();
        return await db.Context.CourseRuns.Where(r => r.Id == runId).Select(r => r.SeatsTaken).SingleAsync();
    }

    /// <summary>A plan with a goal, a planned werkfit wagon, a completed praktijkleren wagon, an enrolment and an agreement.</summary>
    public static async Task<PlanIds> ArrangePlanAsync(this AppFactory factory, int participantId, string coachEmail)
    {
        var coach = new StaffUser(await factory.UserIdAsync(coachEmail), new HashSet<string> { Roles.Coach });
        var runId = await factory.CourseRunAsync(seats: 5);
        var werkfit = await factory.InstrumentIdAsync("werkfit");
        var learning = await factory.InstrumentIdAsync("praktijkleren");
        var today = factory.Today();
        var employerId = await factory.EmployerAsync("Zorggroep Plan " + participantId);
        await using var scope = factory.Services.CreateAsyncScope();
        var plans = scope.ServiceProvider.GetRequiredService<CoachingPlanService>();
        var enrolments = scope.ServiceProvider.GetRequiredService<EnrolmentService>();
        Assert.True((await plans.AddGoalAsync(coach, participantId, new GoalInput("Vier ochtenden per week actief", today.AddDays(60), "Presentielijst"))).IsOk);
        Assert.True((await plans.AddInstrumentAsync(coach, participantId, werkfit, null, today.AddDays(7), null, null)).IsOk);
        Assert.True((await plans.AddInstrumentAsync(coach, participantId, learning, "Leerbedrijf Emmen", today.AddDays(-90), today.AddDays(-5), 1800m)).IsOk);
        var enrolled = await enrolments.EnrolAsync(coach, participantId, runId);
        Assert.True(enrolled.IsOk, enrolled.ErrorCode);
        Assert.True((await plans.AddAgreementAsync(coach, participantId, new AgreementInput(employerId, "Inwerken met een vaste begeleider", today))).IsOk);

        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        var wagons = await db.PlanInstruments.Where(i => i.ParticipantId == participantId).OrderBy(i => i.Position).ToListAsync();
        var learningWagon = wagons.Single(w => w.InstrumentId == learning);
        Assert.True((await plans.ChangeInstrumentStatusAsync(coach, participantId, learningWagon.Id, InstrumentStatus.Running, today.AddDays(-90), null)).IsOk);
        Assert.True((await plans.ChangeInstrumentStatusAsync(coach, participantId, learningWagon.Id, InstrumentStatus.Done, today.AddDays(-5), null)).IsOk);
        return new PlanIds(
            participantId,
            await db.PlanGoals.Where(g => g.ParticipantId == participantId).Select(g => g.Id).SingleAsync(),
            wagons.Single(w => w.InstrumentId == werkfit).Id,
            learningWagon.Id,
            enrolled.Value,
            await db.EmployerAgreements.Where(a => a.ParticipantId == participantId).Select(a => a.Id).SingleAsync(),
            runId,
            employerId);
    }
}
