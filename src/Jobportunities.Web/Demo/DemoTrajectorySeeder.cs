using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Trajectories;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Web.Demo;

/// <summary>
/// Demo training providers and coaching plans (Development only), run at the end of
/// <see cref="DemoDataSeeder"/>, after the demo participants. Plans are made for whatever
/// participants past intake exist then, in six scenarios that together show every status of a
/// plan instrument and an enrolment, a certificate, a full course, agreements and cost splits.
/// Idempotent: providers only into an empty table, plans only when no plan exists at all.
/// </summary>
public sealed partial class DemoTrajectorySeeder(AppDbContext db, TimeProvider clock, ILogger<DemoTrajectorySeeder> logger)
{
    private const int MaxPlans = 30;

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        if (!await db.TrainingProviders.AnyAsync(ct))
        {
            db.TrainingProviders.AddRange(DemoTrainingProviders.Create(today));
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Demo training providers seeded");
        }

        if (await db.PlanInstruments.AnyAsync(ct) || await db.PlanGoals.AnyAsync(ct))
        {
            return;
        }

        var participants = await db.Participants.AsNoTracking()
            .Where(p => p.Phase != Phase.Applied && p.Phase != Phase.Intake)
            .OrderBy(p => p.Id).Take(MaxPlans).ToListAsync(ct);
        var catalogue = await db.Instruments.ToDictionaryAsync(i => i.Code, ct);
        if (participants.Count == 0 || Codes.Any(c => !catalogue.ContainsKey(c)))
        {
            return;
        }

        var runs = await db.CourseRuns.Include(r => r.Course!).ThenInclude(c => c.TrainingProvider).OrderBy(r => r.Id).ToListAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        for (var i = 0; i < participants.Count; i++)
        {
            var plan = new PlanWriter(db, participants[i], catalogue, today, clock.GetUtcNow().UtcDateTime);
            Scenario(i % 6, plan, runs, today);
            await plan.SaveAsync(ct);
        }

        await transaction.CommitAsync(ct);
        logger.LogInformation("Demo coaching plans seeded for {Count} participants", participants.Count);
    }

    private static readonly string[] Codes =
        ["werkfit", "cv-solliciteren", "taaltraining", "praktijkleren", "proefplaatsing", "jobcoaching", "matching", "schuldhulp-verwijzing", "digitale-vaardigheden", "loopbaanorientatie"];

    private static void Scenario(int scenario, PlanWriter plan, List<CourseRun> runs, DateOnly today)
    {
        // Courses on the participant's side of the border, when there are any.
        var local = runs.Where(r => r.Course!.TrainingProvider!.Country == plan.Country).ToList() is { Count: > 0 } same ? same : runs;
        var past = local.Where(r => r.StartDate < today && r.Course!.DurationWeeks <= 16).ToList();
        var future = local.Where(r => r.StartDate > today && !r.IsFull && r.Seats > 1).ToList();
        switch (scenario)
        {
            case 0: // just planned; one plan instrument added twice by mistake and withdrawn
                plan.Goal(0, 60);
                plan.Goal(1, 180);
                plan.Instrument("werkfit", 7, daysAgo: 5);
                plan.Instrument("cv-solliciteren", 35, daysAgo: 5);
                plan.Instrument("digitale-vaardigheden", 35, daysAgo: 4);
                plan.Withdraw(plan.Instrument("digitale-vaardigheden", 35, daysAgo: 4), 3);
                break;
            case 1: // under way, a course ahead
                plan.Goal(0, -10, achievedDaysAgo: 12);
                plan.Goal(2, 240);
                plan.Move(plan.Move(plan.Instrument("werkfit", -90, daysAgo: 100), InstrumentStatus.Running, 90), InstrumentStatus.Done, 20);
                plan.Move(plan.Instrument("taaltraining", -15, daysAgo: 30), InstrumentStatus.Running, 15);
                plan.Enrol(future[plan.Seed % future.Count], 3);
                break;
            case 2: // praktijkleren with a certificate, an employer agreement and a shared cost
                plan.Goal(1, -30, achievedDaysAgo: 30);
                plan.Goal(2, 120);
                plan.Move(plan.Move(plan.Instrument("werkfit", -230, daysAgo: 240), InstrumentStatus.Running, 230), InstrumentStatus.Done, 200);
                var learning = plan.Move(plan.Move(plan.Instrument("praktijkleren", -200, daysAgo: 205), InstrumentStatus.Running, 200), InstrumentStatus.Done, 30);
                plan.Certificate(learning, 28);
                plan.Move(plan.Move(plan.Instrument("proefplaatsing", -60, daysAgo: 70), InstrumentStatus.Running, 60), InstrumentStatus.Done, 25);
                plan.Move(plan.Instrument("jobcoaching", -20, daysAgo: 25), InstrumentStatus.Running, 20);
                plan.Agreement(24);
                plan.Split(22, (PayerKind.Programme, null, 70m), (PayerKind.Employer, plan.EmployerName, 30m));
                break;
            case 3: // stopped, before and after the start; a course under way
                plan.Goal(0, 30);
                plan.Move(plan.Move(plan.Instrument("schuldhulp-verwijzing", -120, daysAgo: 125), InstrumentStatus.Running, 120), InstrumentStatus.Done, 90);
                plan.Move(plan.Instrument("taaltraining", -40, daysAgo: 110), InstrumentStatus.Stopped, 45, plan.Text("already-course"));
                plan.Move(plan.Move(plan.Instrument("werkfit", -80, daysAgo: 100), InstrumentStatus.Running, 80), InstrumentStatus.Stopped, 15, plan.Text("health"));
                plan.Instrument("loopbaanorientatie", 14, daysAgo: 10);
                plan.EnrolDone(past[(plan.Seed + 2) % past.Count], EnrolmentStatus.Started);
                break;
            case 4: // a course completed with diploma, then matching
                plan.Goal(1, 60);
                plan.Goal(2, 150);
                plan.EnrolDone(past[plan.Seed % past.Count], EnrolmentStatus.Completed);
                plan.Move(plan.Instrument("matching", -10, daysAgo: 12), InstrumentStatus.Running, 10);
                plan.Instrument("jobcoaching", 30, daysAgo: 5);
                plan.Agreement(8);
                plan.Split(7, (PayerKind.Programme, null, 50m), (PayerKind.OtherFunder, plan.Text("funder"), 50m));
                break;
            default: // dropped out of a course, on to the next step; fills the one-seat run
                plan.Goal(0, 45);
                plan.EnrolDone(past[(plan.Seed + 1) % past.Count], EnrolmentStatus.DroppedOut);
                plan.Instrument("cv-solliciteren", 10, daysAgo: 6);
                if (runs.FirstOrDefault(r => r.Seats == 1 && !r.IsFull && r.StartDate > today) is { } small)
                {
                    plan.Enrol(small, 2);
                }

                break;
        }
    }
}
