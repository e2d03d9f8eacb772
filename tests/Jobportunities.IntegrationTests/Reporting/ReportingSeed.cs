using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Programmes;
using Jobportunities.Core.Trajectories;
using Jobportunities.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.IntegrationTests.Reporting;

/// <summary>One person of the known set: their application and, when accepted, their participation.</summary>
public sealed record SeedPerson(string Key, int ApplicationId, int? ParticipantId, int? CheckId);

/// <summary>
/// The KNOWN set behind the reporting tests, in its own programme "dash-test" (the demo programmes
/// stay as they are). Dates are relative to today, in whole months, so every month of the trend is
/// known. The expected figures are worked out by hand in the tests; the table in
/// DashboardFiguresTests says who is who.
/// </summary>
public sealed class ReportingSeed(AppDbContext db, DateOnly today, string coachId, string leadId)
{
    public const string Code = "dash-test";
    public const string OtherCode = "dash-other";

    private readonly Dictionary<string, SeedPerson> _people = [];
    private Programme _programme = null!;
    private int _next;
    private int _instrument;

    public IReadOnlyDictionary<string, SeedPerson> People => _people;

    public DateOnly Today => today;

    /// <summary>The day <paramref name="day"/> of the month <paramref name="monthsAgo"/> months before this one.</summary>
    public DateOnly D(int monthsAgo, int day) => new DateOnly(today.Year, today.Month, 1).AddMonths(-monthsAgo).AddDays(day - 1);

    public DateOnly ProgrammeStart => D(11, 1);

    public DateOnly ProgrammeEnd => D(-12, 1).AddDays(-1);

    public async Task SeedAsync()
    {
        _programme = new Programme(Code, "Dashboard Test", new EligibilitySettings(16, 67, BenefitSituations.All), new ProgrammeTargets(50, 36, 10),
            DurableCheckRule.Default, 60, 50_000m, ProgrammeStart, ProgrammeEnd);
        _programme.AddArea("Emmen", "NL", AreaKind.Municipality, ["7811"]);
        _programme.AddArea("Landkreis Emsland", "DE", AreaKind.Landkreis, ["49716"]);
        var other = new Programme(OtherCode, "Other Test", new EligibilitySettings(16, 67, BenefitSituations.All), new ProgrammeTargets(5, 5, 5),
            DurableCheckRule.Default, 60, 1_000m, ProgrammeStart, ProgrammeEnd);
        other.AddArea("Emmen", "NL", AreaKind.Municipality, ["7811"]);
        var instrument = new Instrument("dash-test-opleiding", InstrumentKind.Training, new InstrumentTexts("Opleiding", "Ausbildung", "Training", null), null, 0m);
        db.AddRange(_programme, other, instrument);
        await db.SaveChangesAsync();
        _instrument = instrument.Id;
        db.ProgrammeMembers.AddRange(new ProgrammeMember(_programme.Id, leadId), new ProgrammeMember(_programme.Id, coachId), new ProgrammeMember(other.Id, coachId));
        var care = Employer("Zorg Dash BV", "90000001", Sector.Care);
        var ict = Employer("ICT Dash GmbH", "90000002", Sector.Ict);
        var hospitality = Employer("Horeca Dash BV", "90000003", Sector.Hospitality);
        await db.SaveChangesAsync();
        var uwv = await db.Organisations.Where(o => o.Name == "UWV Emmen").Select(o => o.Id).FirstAsync();

        for (var i = 1; i <= 5; i++)
        {
            var start = D(9, 1);
            var a = await PersonAsync($"A{i}", D(10, 3), D(10, 5), Gender.Female, start.AddYears(-25).AddDays(-150), BenefitSituation.None, EducationLevel.UpperSecondary, referredBy: uwv);
            await MoveAsync(a, Phase.Plan, Phase.Trajectory, Phase.Placed, Phase.Durable);
            await CheckAsync(a, await PlacementAsync(a, care, PlacementKind.Job, "NL", start), start.AddMonths(6), DurableOutcome.Durable, DurableEvidence.EmployerConfirmation, D(3, 10));
            await WagonAsync(a, 2_000m, running: D(10, 10));
        }

        foreach (var (key, outcome) in new[] { ("A6", DurableOutcome.NotDurable), ("A7", DurableOutcome.ContactLost) })
        {
            var start = D(9, 1);
            var a = await PersonAsync(key, D(10, 4), D(10, 6), Gender.Male, start.AddYears(-40).AddDays(-150), BenefitSituation.None, EducationLevel.LowerSecondary);
            await MoveAsync(a, Phase.Plan, Phase.Trajectory, Phase.Placed);
            await CheckAsync(a, await PlacementAsync(a, care, PlacementKind.Job, "NL", start), start.AddMonths(6), outcome,
                outcome == DurableOutcome.NotDurable ? DurableEvidence.Payslip : null, D(3, 12));
        }

        // A6's check was recorded "not durable" with evidence; an import lost it (only possible outside the app).
        var a6Check = _people["A6"].CheckId!.Value;
        await db.DurableChecks.Where(c => c.Id == a6Check).ExecuteUpdateAsync(s => s.SetProperty(c => c.Evidence, (DurableEvidence?)null));

        foreach (var (key, submitted, due) in new[] { ("A8", D(8, 1), today.AddDays(10)), ("A9", D(9, 1), today.AddDays(-40)), ("A10", D(9, 1), today.AddDays(-5)) })
        {
            var start = due.AddMonths(-6);
            var a = await PersonAsync(key, submitted, submitted.AddDays(1), Gender.Male, start.AddYears(-40).AddDays(-150), BenefitSituation.Ww, EducationLevel.LowerSecondary, country: "DE");
            await MoveAsync(a, Phase.Plan, Phase.Trajectory, Phase.Placed);
            await CheckAsync(a, await PlacementAsync(a, ict, PlacementKind.Job, "DE", start), due, null, null, null);
        }

        var b1Start = D(5, 1);
        var b1 = await PersonAsync("B1", D(6, 1), D(6, 3), Gender.Female, b1Start.AddYears(-55).AddDays(-150), BenefitSituation.Bijstand, EducationLevel.Tertiary);
        await MoveAsync(b1, Phase.Plan, Phase.Trajectory, Phase.Placed);
        await PlacementAsync(b1, care, PlacementKind.Training, "NL", b1Start);
        await WagonAsync(b1, 3_000m);
        db.CostShares.AddRange(new CostShare(b1.Id, new CostShareInput(PayerKind.Programme, null, 50m)), new CostShare(b1.Id, new CostShareInput(PayerKind.Employer, "Zorg Dash BV", 50m)));

        foreach (var key in new[] { "C1", "C2" })
        {
            var c = await PersonAsync(key, D(4, 1), D(4, 2), Gender.Female, D(4, 2).AddYears(-45), BenefitSituation.None, EducationLevel.Tertiary);
            await MoveAsync(c, Phase.Plan, Phase.Trajectory);
            if (key == "C1")
            {
                await WagonAsync(c, 4_000m, stoppedBeforeStart: true);
            }
        }

        foreach (var (key, submitted, contact) in new[] { ("D1", D(3, 1), (DateOnly?)null), ("D2", D(1, 1), today.AddDays(-10)), ("D3", D(1, 1), today.AddDays(-61)) })
        {
            await PersonAsync(key, submitted, submitted.AddDays(1), Gender.Unknown, submitted.AddYears(-20), BenefitSituation.None, null, contact: contact, noContact: contact is null);
        }

        var e1 = await PersonAsync("E1", D(7, 1), D(7, 2), Gender.NonBinary, D(7, 2).AddYears(-17), BenefitSituation.None, null);
        await MoveAsync(e1, Phase.Plan);
        await ExitAsync(e1, D(6, 1), ExitReason.Health);

        var exit = D(9, 10);
        for (var i = 1; i <= 6; i++)
        {
            var start = exit.AddDays(i <= 5 ? 28 : 29);
            var l = await PersonAsync($"L{i}", D(11, 5), D(11, 6), Gender.Male, start.AddYears(-35).AddDays(-150), BenefitSituation.None, EducationLevel.NoneOrPrimary);
            db.LadderRecords.Add(new LadderRecord(l.Id, i <= 5 ? 5 : 3, D(11, 6), null, coachId));
            await MoveAsync(l, Phase.Plan, Phase.Trajectory, Phase.Placed);
            await PlacementAsync(l, hospitality, PlacementKind.Job, "NL", start);
            await ExitAsync(l, exit, ExitReason.FoundWork);
        }

        // Ria comes back: two participations of one person (name written differently, same birth date).
        var r1 = await PersonAsync("R1", D(11, 1), D(11, 2), Gender.Female, new DateOnly(1970, 1, 1), BenefitSituation.Bijstand, null, given: "Ria", family: "Terug");
        await ExitAsync(r1, D(10, 1), ExitReason.ContactLost);
        var r2 = await PersonAsync("R2", D(5, 1), D(5, 2), Gender.Female, new DateOnly(1970, 1, 1), BenefitSituation.Bijstand, EducationLevel.Tertiary, given: "ria", family: " terug");
        await MoveAsync(r2, Phase.Plan, Phase.Trajectory, Phase.Placed);
        await PlacementAsync(r2, care, PlacementKind.Job, "NL", D(2, 1).AddDays(20));
        await ExitAsync(r2, D(2, 1), ExitReason.FoundWork);

        await ApplicationOnlyAsync("N1", today.AddDays(-20), eligible: true, decline: false);
        await ApplicationOnlyAsync("N2", today.AddDays(-3), eligible: false, decline: false);
        await ApplicationOnlyAsync("N3", D(2, 1), eligible: false, decline: true);

        // A participant of the coach in a programme the lead is not a member of.
        await PersonAsync("X1", D(3, 1), D(3, 2), Gender.Female, new DateOnly(1980, 1, 1), BenefitSituation.None, null, programme: other, noContact: true);
        await db.SaveChangesAsync();
    }

    private Employer Employer(string name, string kvk, Sector sector)
    {
        var employer = new Employer(name, "NL", kvk, sector, TestClock.StartUtc);
        db.Employers.Add(employer);
        return employer;
    }

    private async Task<Participant> PersonAsync(string key, DateOnly submitted, DateOnly created, Gender gender, DateOnly birth, BenefitSituation benefit, EducationLevel? education,
        int? referredBy = null, string country = "NL", DateOnly? contact = null, bool noContact = false, string? given = null, string? family = null, Programme? programme = null)
    {
        programme ??= _programme;
        var application = NewApplication(key, programme, submitted, true, gender, birth, benefit, education, country, given, family);
        if (referredBy is { } organisation)
        {
            application.MarkAsReferral(organisation, null, null, "Verwezen door UWV");
        }

        application.Accept(coachId, null, created.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        var participant = new Participant(programme.Id, application, coachId, created.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc));
        db.Participants.Add(participant);
        await db.SaveChangesAsync();
        if (!noContact)
        {
            var moment = new ContactMoment(participant.Id, contact ?? today.AddDays(-3), ContactKind.Phone, "Gebeld", null, null, coachId, TestClock.StartUtc);
            db.ContactMoments.Add(moment);
            participant.RecordContact(moment);
        }

        _people[key] = new SeedPerson(key, application.Id, participant.Id, null);
        return participant;
    }

    private async Task ApplicationOnlyAsync(string key, DateOnly submitted, bool eligible, bool decline)
    {
        var application = NewApplication(key, _programme, submitted, eligible, Gender.Female, new DateOnly(1990, 3, 3), BenefitSituation.None, null, "NL", null, null);
        if (decline)
        {
            application.Decline(coachId, "Past niet", submitted.AddDays(2).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
        }

        db.Applications.Add(application);
        await db.SaveChangesAsync();
        _people[key] = new SeedPerson(key, application.Id, null, null);
    }

    private Application NewApplication(string key, Programme programme, DateOnly submitted, bool eligible, Gender gender, DateOnly birth, BenefitSituation benefit,
        EducationLevel? education, string country, string? given, string? family)
    {
        var details = new CandidateDetails
        {
            GivenName = given ?? key, FamilyName = family ?? "Dashtest", BirthDate = birth, Gender = gender, Postcode = country == "NL" ? "7811 AB" : "49716",
            Country = country, Benefit = benefit, Education = education, Email = $"{key.ToLowerInvariant()}.{programme.Code}@example.test",
        };
        var area = programme.Areas.First(a => a.Country == country);
        var assessment = new EligibilityAssessment(eligible ? [] : [new UnmetCondition(EligibilityConditions.Age)], area);
        return new Application(programme.Id, $"JP-DT{++_next:D4}{programme.Id}", ApplicationSource.PublicForm, details, assessment, "nl", submitted.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
    }

    private async Task MoveAsync(Participant participant, params Phase[] phases)
    {
        foreach (var phase in phases)
        {
            db.PhaseChanges.Add(participant.MoveTo(phase, coachId, TestClock.StartUtc) ?? throw new InvalidOperationException($"{participant.Phase} → {phase}"));
        }

        await db.SaveChangesAsync();
    }

    private async Task ExitAsync(Participant participant, DateOnly exitDate, ExitReason reason)
    {
        db.PhaseChanges.Add(participant.MoveTo(Phase.Exited, coachId, exitDate.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), reason)!);
        await db.SaveChangesAsync();
    }

    private async Task<Placement> PlacementAsync(Participant participant, Employer employer, PlacementKind kind, string country, DateOnly start)
    {
        var placement = new Placement(participant.Id, employer.Id, null, kind, ContractType.FixedTerm, 32m, country, start, coachId, TestClock.StartUtc);
        db.Placements.Add(placement);
        await db.SaveChangesAsync();
        return placement;
    }

    private async Task CheckAsync(Participant participant, Placement placement, DateOnly due, DurableOutcome? outcome, DurableEvidence? evidence, DateOnly? verified)
    {
        var check = new DurableCheck(participant.Id, placement.Id, due);
        if (outcome is { } o && !check.Record(o, evidence, verified!.Value, null, coachId, TestClock.StartUtc, today))
        {
            throw new InvalidOperationException("The check could not be recorded.");
        }

        db.DurableChecks.Add(check);
        await db.SaveChangesAsync();
        var key = _people.Single(p => p.Value.ParticipantId == participant.Id).Key;
        _people[key] = _people[key] with { CheckId = check.Id };
    }

    private async Task WagonAsync(Participant participant, decimal cost, DateOnly? running = null, bool stoppedBeforeStart = false)
    {
        var wagon = new PlanInstrument(participant.Id, _instrument, 1, new PlanInstrumentInput(null, null, null, cost));
        if (running is { } start)
        {
            wagon.MoveTo(InstrumentStatus.Running, start, null);
        }

        if (stoppedBeforeStart)
        {
            wagon.MoveTo(InstrumentStatus.Stopped, today, "Niet meer nodig");
        }

        db.PlanInstruments.Add(wagon);
        await db.SaveChangesAsync();
    }
}
