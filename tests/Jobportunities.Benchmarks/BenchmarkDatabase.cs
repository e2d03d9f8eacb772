using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Programmes;
using Jobportunities.Core.Trajectories;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Benchmarks;

/// <summary>A clock that stands still, so the figures of a run do not depend on the day it runs.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>
/// A SQLite file with 100,000 participants and their history: applications (and 10,000 more that
/// were never accepted), phase changes, placements, durable checks with outcomes, plan wagons,
/// cost splits and ladder positions. Built once with batched AddRange in one transaction per
/// batch (about 90 s on 2 cores), and kept in the temp folder for the next run (delete it to rebuild).
/// </summary>
public static class BenchmarkDatabase
{
    public const int Participants = 100_000;
    public const int Batch = 5_000;
    public const string MainCode = "bench-main";
    public const string SecondCode = "bench-second";
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    public static readonly string File = Path.Combine(Path.GetTempPath(), "jobportunities-bench-100k-v1.db");

    public static string ConnectionString => $"Data Source={File}";

    public static AppDbContext Open() => Open(File);

    public static AppDbContext Open(string file) =>
        new(new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite($"Data Source={file}", x => x.MigrationsAssembly("Jobportunities.Migrations.Sqlite"))
            .Options);

    public static void EnsureFilled() => EnsureFilled(File, Participants);

    /// <summary>The same data at another scale (the load harness uses 1,000 and 100,000), in its own file.</summary>
    public static void EnsureFilled(string file, int participants)
    {
        if (System.IO.File.Exists(file))
        {
            // A file from an earlier run gets the migrations added since (new indexes, for instance).
            using var existing = Open(file);
            existing.Database.Migrate();
            return;
        }

        var building = file + ".building";
        System.IO.File.Delete(building);
        using (var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={building}", x => x.MigrationsAssembly("Jobportunities.Migrations.Sqlite")).Options))
        {
            db.Database.Migrate();
            Fill(db, participants);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.File.Move(building, file);
    }

    private static void Fill(AppDbContext db, int count)
    {
        var random = new Random(42);
        var started = DateTime.UtcNow;
        var main = new Programme(MainCode, "Bench main", new EligibilitySettings(16, 67, BenefitSituations.All), new ProgrammeTargets(90_000, 60_000, 30_000), DurableCheckRule.Default, 60, 9_000_000m, new DateOnly(2024, 1, 1), new DateOnly(2027, 12, 31));
        var second = new Programme(SecondCode, "Bench second", new EligibilitySettings(16, 67, BenefitSituations.All), new ProgrammeTargets(10_000, 6_000, 3_000), DurableCheckRule.Default, 60, 900_000m, new DateOnly(2024, 1, 1), new DateOnly(2027, 12, 31));
        foreach (var p in new[] { main, second })
        {
            p.AddArea("Emmen", "NL", AreaKind.Municipality, ["7811"]);
            p.AddArea("Coevorden", "NL", AreaKind.Municipality, ["7741"]);
            p.AddArea("Hoogeveen", "NL", AreaKind.Municipality, ["7901"]);
            p.AddArea("Landkreis Emsland", "DE", AreaKind.Landkreis, ["49716"]);
            p.AddArea("Grafschaft Bentheim", "DE", AreaKind.Landkreis, ["48529"]);
        }

        var coaches = Enumerable.Range(1, 50).Select(i => new AppUser { UserName = $"coach{i}@bench", Email = $"coach{i}@bench", DisplayName = $"Coach {i}" }).ToList();
        var organisations = Enumerable.Range(1, 5).Select(i => new Organisation($"UWV Bench {i}", OrganisationKind.Uwv, "NL")).ToList();
        var employers = Enumerable.Range(1, 100).Select(i => new Employer($"Werkgever {i}", "NL", (10_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), (Sector)(i % 11), Now.UtcDateTime)).ToList();
        var instruments = Enumerable.Range(1, 5).Select(i => new Instrument($"bench-{i}", (InstrumentKind)(i % 3), new InstrumentTexts($"I{i}", $"I{i}", $"I{i}", null), null, 1000m)).ToList();
        db.AddRange(main, second);
        db.AddRange(coaches);
        db.AddRange(organisations);
        db.AddRange(employers);
        db.AddRange(instruments);
        db.SaveChanges();

        var reference = 0;
        var batch = Math.Min(Batch, count);
        for (var offset = 0; offset < count; offset += batch)
        {
            using var transaction = db.Database.BeginTransaction();
            var rows = Enumerable.Range(offset, batch).Select(i => NewApplication(random, i % 10 == 0 ? second : main, organisations, ref reference)).ToList();
            var extra = Enumerable.Range(0, batch / 10).Select(_ => NewApplication(random, main, organisations, ref reference)).ToList();
            db.Applications.AddRange(rows.Select(r => r.Application).Concat(extra.Select(r => r.Application)));
            db.SaveChanges();
            foreach (var (application, created) in extra.Where((_, i) => i % 2 == 0))
            {
                application.Decline(coaches[0].Id, "Past niet", created.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
            }

            var participants = rows.Select(r =>
            {
                r.Application.Accept(coaches[0].Id, r.Application.IsEligible ? null : "Toch aangenomen", r.Created.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
                return (Participant: new Participant(r.Application.ProgrammeId, r.Application, coaches[random.Next(coaches.Count)].Id, r.Created.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc)), r.Created);
            }).ToList();
            db.Participants.AddRange(participants.Select(p => p.Participant));
            db.SaveChanges();

            var checks = new List<(Participant Participant, Placement Placement, bool Durable)>();
            foreach (var (participant, created) in participants)
            {
                History(db, random, participant, created, employers, instruments, checks);
            }

            db.SaveChanges();
            foreach (var (participant, placement, durable) in checks)
            {
                var check = new DurableCheck(participant.Id, placement.Id, placement.StartDate.AddMonths(6));
                if (durable)
                {
                    check.Record(DurableOutcome.Durable, DurableEvidence.EmployerConfirmation, Min(check.DueDate.AddDays(random.Next(0, 20)), Today), null, participant.CoachId, Now.UtcDateTime, Today);
                }
                else if (check.DueDate <= Today && random.Next(3) == 0)
                {
                    check.Record(random.Next(2) == 0 ? DurableOutcome.NotDurable : DurableOutcome.ContactLost, DurableEvidence.Payslip, Today, null, participant.CoachId, Now.UtcDateTime, Today);
                }

                db.DurableChecks.Add(check);
            }

            db.SaveChanges();
            transaction.Commit();
            db.ChangeTracker.Clear();
            Console.WriteLine($"// filled {offset + batch:N0} participants in {(DateTime.UtcNow - started).TotalSeconds:N0} s");
        }
    }

    private static (Application Application, DateOnly Created) NewApplication(Random random, Programme programme, List<Organisation> organisations, ref int reference)
    {
        var submitted = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 880));
        var german = random.Next(4) == 0;
        var area = programme.Areas.Where(a => a.Country == (german ? "DE" : "NL")).ElementAt(random.Next(german ? 2 : 3));
        var details = new CandidateDetails
        {
            GivenName = Names[random.Next(Names.Length)], FamilyName = Names[random.Next(Names.Length)] + random.Next(1000),
            BirthDate = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 16_000)), Gender = (Gender)(random.Next(100) switch { < 48 => 1, < 96 => 2, < 99 => 0, _ => 3 }),
            Postcode = german ? "49716" : "7811 AB", Country = german ? "DE" : "NL", Benefit = (BenefitSituation)random.Next(6),
            Education = random.Next(10) == 0 ? null : (EducationLevel)random.Next(4),
        };
        var eligible = random.Next(10) != 0;
        var application = new Application(programme.Id, $"JP-B{++reference:D8}", random.Next(10) < 6 ? ApplicationSource.PublicForm : ApplicationSource.ReferralApi, details,
            new EligibilityAssessment(eligible ? [] : [new UnmetCondition(EligibilityConditions.Age)], area), "nl", submitted.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc));
        if (application.Source != ApplicationSource.PublicForm)
        {
            application.MarkAsReferral(organisations[random.Next(organisations.Count)].Id, null, null, "Verwezen");
        }

        return (application, submitted.AddDays(random.Next(1, 20)));
    }

    private static void History(AppDbContext db, Random random, Participant participant, DateOnly created, List<Employer> employers, List<Instrument> instruments, List<(Participant, Placement, bool)> checks)
    {
        var roll = random.Next(100);
        var target = roll switch { < 15 => Phase.Intake, < 25 => Phase.Plan, < 45 => Phase.Trajectory, < 80 => Phase.Placed, _ => Phase.Durable };
        var at = created.ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc);
        foreach (var phase in new[] { Phase.Plan, Phase.Trajectory, Phase.Placed })
        {
            if (phase <= target)
            {
                at = at.AddDays(random.Next(5, 40));
                db.PhaseChanges.Add(participant.MoveTo(phase, participant.CoachId, at)!);
            }
        }

        if (target >= Phase.Plan)
        {
            for (var w = 1; w <= random.Next(1, 3); w++)
            {
                var wagon = new PlanInstrument(participant.Id, instruments[random.Next(instruments.Count)].Id, w, new PlanInstrumentInput(null, null, null, random.Next(5, 50) * 100m));
                if (random.Next(3) > 0)
                {
                    wagon.MoveTo(InstrumentStatus.Running, created.AddDays(20), null);
                }

                db.PlanInstruments.Add(wagon);
            }

            if (random.Next(10) == 0)
            {
                db.CostShares.AddRange(new CostShare(participant.Id, new CostShareInput(PayerKind.Programme, null, 60m)), new CostShare(participant.Id, new CostShareInput(PayerKind.Employer, "Werkgever", 40m)));
            }
        }

        if (target >= Phase.Placed)
        {
            var start = DateOnly.FromDateTime(at).AddDays(random.Next(0, 30));
            var kind = random.Next(10) switch { < 8 => PlacementKind.Job, 8 => PlacementKind.Training, _ => PlacementKind.WorkAndLearn };
            var placement = new Placement(participant.Id, employers[random.Next(employers.Count)].Id, null, kind, ContractType.FixedTerm, random.Next(12, 40), random.Next(5) == 0 ? "DE" : "NL", start, participant.CoachId, at);
            db.Placements.Add(placement);
            var durable = target == Phase.Durable && start.AddMonths(6) <= Today;
            if (kind != PlacementKind.Training)
            {
                checks.Add((participant, placement, durable));
            }

            if (durable)
            {
                db.PhaseChanges.Add(participant.MoveTo(Phase.Durable, participant.CoachId, start.AddMonths(6).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc))!);
            }
        }

        if (random.Next(2) == 0)
        {
            db.LadderRecords.Add(new LadderRecord(participant.Id, random.Next(1, 7), created, null, participant.CoachId));
        }

        if (random.Next(12) == 0 && participant.Phase != Phase.Durable)
        {
            db.PhaseChanges.Add(participant.MoveTo(Phase.Exited, participant.CoachId, at.AddDays(random.Next(10, 200)), (ExitReason)random.Next(9))!);
        }

        participant.RecordContact(new ContactMoment(participant.Id, Min(created.AddDays(random.Next(0, 400)), Today), ContactKind.Phone, "Contact", null, null, participant.CoachId, at));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static readonly string[] Names = ["Anna", "Jan", "Fatima", "Mehmet", "Sanne", "Lukas", "Eva", "Daan", "Noor", "Piet", "Katrin", "Jonas", "Lotte", "Ahmed", "Ineke", "Bram"];
}
