using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Programmes;
using Jobportunities.Core.Reporting;
using Jobportunities.Core.Trajectories;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Jobportunities.UnitTests.Reporting;

/// <summary>A SQLite in-memory database with one programme, one coach and one employer, for the reporting rules.</summary>
internal sealed class ReportingTestDb : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private int _next;

    public ReportingTestDb()
    {
        _connection.Open();
        Db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(_connection).Options);
        Db.Database.EnsureCreated();
        Programme = new Programme("esf-test", "ESF test", new EligibilitySettings(16, 67, [BenefitSituation.None]), new ProgrammeTargets(10, 10, 5),
            DurableCheckRule.Default, 60, 10_000m, new DateOnly(2029, 1, 1), new DateOnly(2030, 12, 31));
        Programme.AddArea("Emmen", "NL", AreaKind.Municipality, ["7811"]);
        Coach = new AppUser { UserName = "coach@test", Email = "coach@test", DisplayName = "Coach" };
        Employer = new Employer("Werk BV", "NL", "12345678", Sector.Care, Clock.GetUtcNow().UtcDateTime);
        Training = new Instrument("opleiding", InstrumentKind.Training, new InstrumentTexts("Opleiding", "Ausbildung", "Training", null), null, 0m);
        Db.AddRange(Programme, Coach, Employer, Training);
        Db.SaveChanges();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2030, 6, 15, 10, 0, 0, TimeSpan.Zero));

    public AppDbContext Db { get; }

    public Programme Programme { get; }

    public AppUser Coach { get; }

    public Employer Employer { get; }

    public Instrument Training { get; }

    public ReportProgramme Scope => new(Programme.Id, Programme.Code, Programme.Name, Programme.StartDate, Programme.EndDate, 10, 10, 5, 10_000m);

    public static ReportPeriod Year2030 => new(new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 31));

    public async Task<Participant> ParticipantAsync(string given, string family, DateOnly birth, DateOnly entry, Gender gender = Gender.Female,
        BenefitSituation benefit = BenefitSituation.None, EducationLevel? education = null, string country = "NL")
    {
        var details = new CandidateDetails
        {
            GivenName = given, FamilyName = family, BirthDate = birth, Gender = gender, Postcode = country == "NL" ? "7811 AB" : "49716",
            Country = country, Benefit = benefit, Education = education,
        };
        var application = new Application(Programme.Id, $"JP-T{++_next:D6}", ApplicationSource.PublicForm, details,
            new EligibilityAssessment([], Programme.Areas.First()), "nl", entry.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
        Db.Applications.Add(application);
        await Db.SaveChangesAsync();
        var participant = new Participant(Programme.Id, application, Coach.Id, entry.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc));
        Db.Participants.Add(participant);
        await Db.SaveChangesAsync();
        return participant;
    }

    public async Task ExitAsync(Participant participant, DateOnly exitDate, ExitReason reason = ExitReason.FoundWork)
    {
        Db.PhaseChanges.Add(participant.MoveTo(Phase.Exited, Coach.Id, exitDate.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), reason)!);
        await Db.SaveChangesAsync();
    }

    public async Task PlacementAsync(Participant participant, PlacementKind kind, DateOnly start, DateOnly? end = null)
    {
        var placement = new Placement(participant.Id, Employer.Id, null, kind, ContractType.FixedTerm, 32m, "NL", start, Coach.Id, Clock.GetUtcNow().UtcDateTime);
        if (end is { } last)
        {
            placement.End(last, PlacementEndReason.ContractEnded);
        }

        Db.Placements.Add(placement);
        await Db.SaveChangesAsync();
    }

    /// <summary>A training wagon that ran from <paramref name="start"/> until <paramref name="end"/> (null: still running).</summary>
    public async Task<PlanInstrument> TrainingAsync(Participant participant, DateOnly start, DateOnly? end = null)
    {
        var wagon = new PlanInstrument(participant.Id, Training.Id, 1, new PlanInstrumentInput(null, start, end, 1000m));
        wagon.MoveTo(InstrumentStatus.Running, start, null);
        if (end is { } last)
        {
            wagon.MoveTo(InstrumentStatus.Done, last, null);
        }

        Db.PlanInstruments.Add(wagon);
        await Db.SaveChangesAsync();
        return wagon;
    }

    public Task<EsfReport> EsfAsync(ReportPeriod? period = null) =>
        new EsfIndicatorService(Db, Clock).BuildAsync(Scope, period ?? Year2030);

    public void Dispose()
    {
        Db.Dispose();
        _connection.Dispose();
    }
}
