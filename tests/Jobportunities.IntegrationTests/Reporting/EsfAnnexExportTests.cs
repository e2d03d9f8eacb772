using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Employers;
using Jobportunities.Core.FollowUps;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Programmes;
using Jobportunities.Core.Reporting;
using Jobportunities.Core.Trajectories;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jobportunities.IntegrationTests.Reporting.Expect;

namespace Jobportunities.IntegrationTests.Reporting;

/// <summary>
/// A known cohort in its own programme, entered ten months ago:
/// W1–W5 women of 40, unemployed for two years (long-term), upper secondary, disability "yes";
/// left eight months ago into a job that still runs (employed upon leaving and six months after);
/// W6 a woman of 20, in work, tertiary, third-country national, disability "rather not say"; left
/// eight months ago (reason "other", no placement: none of the statuses upon leaving), and the
/// follow-up six months later recorded "employed" with a promotion (improved situation);
/// M1–M5 men of 56, inactive, lower secondary, foreign background; M1 homeless, left eight months
/// ago to another programme without work (job searching);
/// M6 a man of 17, unemployed for two months (not long-term), minority, education unknown;
/// N1 non-binary, 30, unemployed for 14 months (long-term), upper secondary, disability and minority;
/// left eight months ago ("found work") without a placement (job searching upon leaving), and the
/// follow-up six months later recorded "employed" (counts six months after leaving);
/// U1 gender not given, 60, inactive, tertiary, third-country national, foreign background, homeless;
/// left eight months ago to another programme into a training placement (in education upon leaving)
/// with a Verklaring Praktijkleren issued ten days after the exit (a qualification upon leaving).
/// Places (EECO17, derived): W1–W5 and N1 Coevorden 7741 (rural), W6 Emmen 7811 (town), M1 Lingen (Ems)
/// 49808 (town), M2–M5 and U1 Haren (Ems) 49733 (rural), M6 Amsterdam 1012 (not in the table: unknown).
/// </summary>
public sealed class EsfAnnexAppFactory : AppFactory, IAsyncLifetime
{
    public const string Code = "esf-annex";

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var coach = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Coach);
        var lead = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Lead);
        var today = Clock.Today();
        var entry = today.AddMonths(-10);
        var exit = today.AddMonths(-8);
        var programme = new Programme(Code, "ESF Annex Test", new EligibilitySettings(16, 67, BenefitSituations.All), new ProgrammeTargets(10, 5, 5),
            DurableCheckRule.Default, 60, 10_000m, today.AddMonths(-12), today.AddMonths(12));
        programme.AddArea("Emmen", "NL", AreaKind.Municipality, ["7811"]);
        var employer = new Employer("Annex Werk BV", "NL", "90000077", Sector.Care, Clock.GetUtcNow().UtcDateTime);
        db.AddRange(programme, employer);
        await db.SaveChangesAsync();
        db.ProgrammeMembers.Add(new ProgrammeMember(programme.Id, lead.Id));

        var n = 0;
        async Task<Participant> PersonAsync(string key, Gender gender, int age, EducationLevel? education, IndicatorAnswers answers, string postcode = "7811 AB", string country = "NL")
        {
            var details = new CandidateDetails
            {
                GivenName = key, FamilyName = "Annex", BirthDate = entry.AddYears(-age).AddDays(-30), Gender = gender, Postcode = postcode, Country = country,
                Benefit = BenefitSituation.None, Education = education, Indicators = answers,
            };
            var application = new Application(programme.Id, $"JP-AX{++n:D4}", ApplicationSource.PublicForm, details,
                new EligibilityAssessment([], programme.Areas.First()), "nl", entry.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
            application.Accept(coach.Id, null, entry.ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc));
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            var participant = new Participant(programme.Id, application, coach.Id, entry.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc));
            db.Participants.Add(participant);
            await db.SaveChangesAsync();
            return participant;
        }

        for (var i = 1; i <= 5; i++)
        {
            var w = await PersonAsync($"W{i}", Gender.Female, 40, EducationLevel.UpperSecondary, new IndicatorAnswers
            {
                LabourMarket = LabourMarketAnswer.Unemployed, WithoutWorkSince = entry.AddMonths(-24), Disability = VoluntaryAnswer.Yes, Minority = VoluntaryAnswer.No,
            }, "7741 AB");
            db.PhaseChanges.Add(w.MoveTo(Phase.Exited, coach.Id, exit.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), ExitReason.FoundWork)!);
            db.Placements.Add(new Placement(w.Id, employer.Id, null, PlacementKind.Job, ContractType.Permanent, 32m, "NL", exit.AddDays(10), coach.Id, Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        var w6 = await PersonAsync("W6", Gender.Female, 20, EducationLevel.Tertiary, new IndicatorAnswers
        {
            LabourMarket = LabourMarketAnswer.Employed, Disability = VoluntaryAnswer.RatherNotSay, ThirdCountryNational = VoluntaryAnswer.Yes,
        });
        db.PhaseChanges.Add(w6.MoveTo(Phase.Exited, coach.Id, exit.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), ExitReason.Other)!);
        var promoted = new FollowUp(w6.Id, exit);
        db.FollowUps.Add(promoted);
        Assert.Null(promoted.Record(FollowUpSituation.Employed, FollowUpSource.Employer, promoted.DueDate, null, coach.Id, Clock.GetUtcNow().UtcDateTime, today, true, FollowUpImprovement.Promotion));
        await db.SaveChangesAsync();
        for (var i = 1; i <= 5; i++)
        {
            var m = await PersonAsync($"M{i}", Gender.Male, 56, EducationLevel.LowerSecondary, new IndicatorAnswers
            {
                LabourMarket = LabourMarketAnswer.Inactive, ForeignBackground = VoluntaryAnswer.Yes, HousingExclusion = i == 1 ? VoluntaryAnswer.Yes : VoluntaryAnswer.No,
            }, i == 1 ? "49808" : "49733", "DE");
            if (i == 1)
            {
                db.PhaseChanges.Add(m.MoveTo(Phase.Exited, coach.Id, exit.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), ExitReason.OtherProgramme)!);
                await db.SaveChangesAsync();
            }
        }

        await PersonAsync("M6", Gender.Male, 17, null, new IndicatorAnswers
        {
            LabourMarket = LabourMarketAnswer.Unemployed, WithoutWorkSince = entry.AddMonths(-2), Minority = VoluntaryAnswer.Yes,
        }, "1012 AB");

        var n1 = await PersonAsync("N1", Gender.NonBinary, 30, EducationLevel.UpperSecondary, new IndicatorAnswers
        {
            LabourMarket = LabourMarketAnswer.Unemployed, WithoutWorkSince = entry.AddMonths(-14), Disability = VoluntaryAnswer.Yes, Minority = VoluntaryAnswer.Yes,
        }, "7741 AB");
        db.PhaseChanges.Add(n1.MoveTo(Phase.Exited, coach.Id, exit.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), ExitReason.FoundWork)!);
        var followUp = new FollowUp(n1.Id, exit);
        db.FollowUps.Add(followUp);
        Assert.Null(followUp.Record(FollowUpSituation.Employed, FollowUpSource.Participant, followUp.DueDate, null, coach.Id, Clock.GetUtcNow().UtcDateTime, today, false, null));
        await db.SaveChangesAsync();

        var u1 = await PersonAsync("U1", Gender.Unknown, 60, EducationLevel.Tertiary, new IndicatorAnswers
        {
            LabourMarket = LabourMarketAnswer.Inactive, ThirdCountryNational = VoluntaryAnswer.Yes, ForeignBackground = VoluntaryAnswer.Yes, HousingExclusion = VoluntaryAnswer.Yes,
        }, "49733", "DE");
        db.PhaseChanges.Add(u1.MoveTo(Phase.Exited, coach.Id, exit.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), ExitReason.OtherProgramme)!);
        db.Placements.Add(new Placement(u1.Id, employer.Id, null, PlacementKind.Training, ContractType.Internship, 20m, "NL", exit.AddDays(5), coach.Id, Clock.GetUtcNow().UtcDateTime));
        var instrument = await db.Instruments.FirstAsync(i => i.Kind == InstrumentKind.WorkBasedLearning || i.Kind == InstrumentKind.Training);
        var wagon = new PlanInstrument(u1.Id, instrument.Id, 1, new PlanInstrumentInput(null, entry, exit.AddDays(-5), 1000m));
        wagon.MoveTo(InstrumentStatus.Running, entry, null);
        wagon.MoveTo(InstrumentStatus.Done, exit.AddDays(-5), null);
        db.PlanInstruments.Add(wagon);
        await db.SaveChangesAsync();
        db.WorkBasedLearningCertificates.Add(new WorkBasedLearningCertificate(u1.Id, wagon.Id, new CertificateInput("Medewerker zorg", exit.AddDays(10), "Annex Werk BV"), coach.Id, Clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class EsfAnnexExportTests(EsfAnnexAppFactory factory) : IClassFixture<EsfAnnexAppFactory>
{
    private static readonly Want H = Want.Hidden;

    [Fact]
    public async Task TheAnnexTables_HoldEveryIndicatorByGender_ForAKnownCohort()
    {
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var url = $"/programmes/{EsfAnnexAppFactory.Code}/exports/esf";
        var outputs = new[]
        {
            (Output.Csv, ReportReaders.Csv(await lead.GetByteArrayAsync(url + ".csv"))),
            (Output.Xlsx, ReportReaders.Xlsx(await lead.GetByteArrayAsync(url + ".xlsx"))),
        };

        foreach (var (output, tables) in outputs)
        {
            //                                                                                          women  men  non-binary unknown total
            Table(tables, output, "ESF+ output (bijlage I)",
                Row("EECO01 totaal aantal deelnemers", 6, 6, H /* N1 */, H /* U1 */, 14),
                Row("EECO02 werklozen, inclusief langdurig werklozen", 5, H /* M6 */, H /* N1 */, 0, 7),
                Row("EECO03 langdurig werklozen", 5, 0, H /* N1 */, 0, 6),
                Row("EECO04 inactieven", 0, 5, 0, H /* U1 */, 6),
                Row("EECO05 werkenden, inclusief zelfstandigen", H /* W6 */, 0, 0, 0, H),
                Row("EECO06 aantal kinderen jonger dan 18 jaar", 0, H /* M6 */, 0, 0, H),
                Row("EECO07 jongeren tussen 18 en 29 jaar", H /* W6 */, 0, 0, 0, H),
                Row("EECO08 aantal deelnemers van 55 jaar en ouder", 0, 5, 0, H /* U1 */, 6),
                Row("EECO09 met ten hoogste lager secundair onderwijs (ISCED 0-2)", 0, 5, 0, 0, 5),
                Row("EECO10 met hoger secundair (ISCED 3) of postsecundair onderwijs (ISCED 4)", 5, 0, H /* N1 */, 0, 6),
                Row("EECO11 met tertiair onderwijs (ISCED 5 tot en met 8)", H /* W6 */, 0, 0, H /* U1 */, H));
            Table(tables, output, "ESF+ overige output",
                Row("EECO12 deelnemers met een handicap", 5, 0, H /* N1 */, 0, 6),
                Row("EECO13 onderdanen van derde landen", H /* W6 */, 0, 0, H /* U1 */, H),
                Row("EECO14 deelnemers met een buitenlandse achtergrond", 0, 5, 0, H /* U1 */, 6),
                Row("EECO15 minderheden (inclusief gemarginaliseerde gemeenschappen zoals de Roma)", 0, H /* M6 */, H /* N1 */, 0, H),
                Row("EECO16 daklozen of mensen die te maken hebben met uitsluiting op het gebied van huisvesting", 0, H /* M1 */, 0, H /* U1 */, H),
                Row("EECO17 deelnemers uit plattelandsgebieden", 5, H /* M2–M5 */, H /* N1 */, H /* U1 */, 11),
                Row("EECO17 woonplaats niet af te leiden (postcode niet in de tabel)", 0, H /* M6 */, 0, 0, H));
            Table(tables, output, "ESF+ resultaat bij uitstroom",
                Row("Uitgestroomd in de periode", 6, H /* M1 */, H /* N1 */, H /* U1 */, 9),
                Row("EECR01 deelnemers die bij vertrek werk zoeken", 0, H /* M1 */, H /* N1 */, 0, H),
                Row("EECR02 deelnemers die bij vertrek onderwijs of een opleiding volgen", 0, 0, 0, H /* U1 */, H),
                Row("EECR03 deelnemers die bij vertrek een kwalificatie behalen", 0, 0, 0, H /* U1 */, H),
                Row("EECR04 deelnemers die bij vertrek werk hebben, inclusief als zelfstandige", 5, 0, 0, 0, 5));
            Table(tables, output, "ESF+ resultaat na zes maanden",
                Row("Uitgestroomd, zes maanden verstreken", 6, H /* M1 */, H /* N1 */, H /* U1 */, 9),
                Row("EECR05 deelnemers die zes maanden na vertrek werk hebben, inclusief als zelfstandige", 6, 0, H /* N1 (follow-up) */, 0, 7),
                Row("EECR06 deelnemers met een verbeterde positie op de arbeidsmarkt zes maanden na vertrek", H /* W6 */, 0, 0, 0, H));
            Table(tables, output, "Arbeidsmarktpositie bij instroom",
                Row("Werkloos (ook langdurig werkloos)", 7), Row("Inactief (geen uitkering, stille reserve)", 6), Row("Werkend (ook zelfstandig)", H), Row("Onbekend", 0),
                Row("Waarvan langdurig werkloos (meer dan 12 maanden; jonger dan 25: meer dan 6)", 6), Row("Totaal", 14));
        }
    }

    [Fact]
    public async Task EveryAnnexCell_HasTheExactCountOfTheCohort_BeforeSmallNumbersAreHidden()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var programme = await db.Programmes.Where(p => p.Code == EsfAnnexAppFactory.Code)
            .Select(p => new ReportProgramme(p.Id, p.Code, p.Name, p.StartDate, p.EndDate, p.Targets.Participants, p.Targets.Placements, p.Targets.DurablePlacements, p.Budget, p.Targets.Employers, p.Targets.Workplaces))
            .SingleAsync();

        var report = await scope.ServiceProvider.GetRequiredService<EsfIndicatorService>().BuildAsync(programme, programme.Period);

        //                                     women men non-binary unknown
        var expected = new Dictionary<string, GenderCounts>
        {
            ["EECO01"] = new(6, 6, 1, 1),
            ["EECO02"] = new(5, 1, 1, 0),
            ["EECO03"] = new(5, 0, 1, 0),
            ["EECO04"] = new(0, 5, 0, 1),
            ["EECO05"] = new(1, 0, 0, 0),
            ["EECO06"] = new(0, 1, 0, 0),
            ["EECO07"] = new(1, 0, 0, 0),
            ["EECO08"] = new(0, 5, 0, 1),
            ["EECO09"] = new(0, 5, 0, 0),
            ["EECO10"] = new(5, 0, 1, 0),
            ["EECO11"] = new(1, 0, 0, 1),
            ["EECO12"] = new(5, 0, 1, 0),
            ["EECO13"] = new(1, 0, 0, 1),
            ["EECO14"] = new(0, 5, 0, 1),
            ["EECO15"] = new(0, 1, 1, 0),
            ["EECO16"] = new(0, 1, 0, 1),
            ["EECO17"] = new(5, 4, 1, 1),
            ["EECR01"] = new(0, 1, 1, 0),
            ["EECR02"] = new(0, 0, 0, 1),
            ["EECR03"] = new(0, 0, 0, 1),
            ["EECR04"] = new(5, 0, 0, 0),
            ["EECR05"] = new(6, 0, 1, 0),
            ["EECR06"] = new(1, 0, 0, 0),
        };
        Assert.Equal(expected.Keys, report.Indicators.Select(i => i.Code));
        Assert.All(report.Indicators, i => Assert.Equal((i.Code, expected[i.Code]), (i.Code, i.Counts)));
        Assert.Equal(new GenderCounts(0, 1, 0, 0), report.RuralUnknown);
        Assert.Equal(new GenderCounts(6, 1, 1, 1), report.Leavers);
        Assert.Equal(new GenderCounts(6, 1, 1, 1), report.MeasurableAfterSixMonths);
        Assert.Equal(new SixMonthFigures(9, 7, 1), report.SixMonths);
    }

    [Theory]
    [InlineData("new-jobportunities-2")]
    [InlineData("meedoen-werkt")]
    public async Task TheDemoProgrammesExport_HasACountOrSmallNumberForEveryAnnexIndicatorAndGender_NoneNotRecorded(string code)
    {
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);

        var csv = System.Text.Encoding.UTF8.GetString(await lead.GetByteArrayAsync($"/programmes/{code}/exports/esf.csv"));

        Assert.DoesNotContain("niet vastgelegd", csv);
        var cells = csv.Split("\r\n").Select(l => l.Split(';')).Where(f => f.Length == 4 && f[1].StartsWith("EEC", StringComparison.Ordinal)).ToList();
        var codes = new[] { "EECO01", "EECO02", "EECO03", "EECO04", "EECO05", "EECO06", "EECO07", "EECO08", "EECO09", "EECO10", "EECO11", "EECO12", "EECO13", "EECO14", "EECO15", "EECO16", "EECO17", "EECR01", "EECR02", "EECR03", "EECR04", "EECR05", "EECR06" };
        foreach (var indicator in codes)
        {
            var row = cells.Where(f => f[1].StartsWith(indicator + " ", StringComparison.Ordinal) && !f[1].Contains("niet af te leiden", StringComparison.Ordinal)).ToList();
            Assert.Equal(["Vrouw", "Man", "Anders / non-binair", "Onbekend of niet opgegeven", "Totaal"], row.Select(f => f[2]));
            Assert.All(row, f => Assert.Matches("^([0-9]+|<5)$", f[3]));
        }
    }
}
