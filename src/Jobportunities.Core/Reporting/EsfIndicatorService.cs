using System.Linq.Expressions;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Microsoft.EntityFrameworkCore;
using static Jobportunities.Core.Reporting.LeavingQueries;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// The ESF+ participant indicators (docs/product.md section 7, docs/reporting.md): the common
/// output and result indicators of Annex I by gender, the profile at entry, the status upon
/// leaving (<see cref="LeavingStatusRule"/>) and six months after (<see cref="LongerTermResultQuery"/>),
/// every person counted once (<see cref="ReEntryRule"/>). Aggregate queries only, like the dashboard.
/// </summary>
public sealed class EsfIndicatorService(AppDbContext db, TimeProvider clock)
{
    public async Task<EsfReport> BuildAsync(ReportProgramme programme, ReportPeriod period, CancellationToken ct = default)
    {
        var today = clock.Today();
        var all = db.Participants.AsNoTracking().Where(p => p.ProgrammeId == programme.Id);
        var (fromUtc, endUtc, first, last) = (period.FromUtc, period.EndUtc, period.From, period.Until);

        var firstIds = ReEntryRule.FirstParticipationIds(all);
        var entrants = all.Where(p => firstIds.Contains(p.Id) && p.CreatedUtc >= fromUtc && p.CreatedUtc < endUtc);
        var total = await entrants.CountAsync(ct);
        var gender = Tallies.Complete(await entrants.GroupBy(p => p.Gender).Select(g => new Tally<Gender>(g.Key, g.Count())).ToListAsync(ct));
        var ages = await entrants.Select(AgeBands.AgeOf<Participant>(p => p.BirthDate, p => DateOnly.FromDateTime(p.CreatedUtc)))
            .GroupBy(age => age).Select(g => new { Age = g.Key, Count = g.Count() }).ToListAsync(ct);
        var ageBands = Enum.GetValues<EsfAgeBand>().Select(b => new Tally<EsfAgeBand>(b, ages.Where(a => AgeBands.Esf(a.Age) == b).Sum(a => a.Count))).ToList();
        var education = await entrants.GroupBy(p => p.Education).Select(g => new Tally<EducationLevel?>(g.Key, g.Count())).ToListAsync(ct);
        var isced = Enum.GetValues<IscedLevel>().Select(l => new Tally<IscedLevel>(l, education.Where(e => EsfCategories.Isced(e.Key) == l).Sum(e => e.Count))).ToList();
        var benefit = Tallies.Complete(await entrants.GroupBy(p => p.Benefit).Select(g => new Tally<BenefitSituation>(g.Key, g.Count())).ToListAsync(ct));
        var countries = await entrants.GroupBy(p => p.Country).Select(g => new Tally<string>(g.Key, g.Count())).ToListAsync(ct);
        var country = Countries.All.Select(c => new Tally<string>(c, countries.Where(t => t.Key == c).Sum(t => t.Count)))
            .Concat(countries.Where(t => !Countries.All.Contains(t.Key))).ToList();

        var employed = await ByGenderAsync(entrants, EntryStatusQueries.Employed(db), ct);
        var unemployed = await ByGenderAsync(entrants, EntryStatusQueries.Unemployed(db), ct);
        var inactive = await ByGenderAsync(entrants, EntryStatusQueries.Inactive(db), ct);
        var labourMarket = new List<Tally<LabourMarketStatus>>
        {
            new(LabourMarketStatus.Unemployed, unemployed.Total),
            new(LabourMarketStatus.Inactive, inactive.Total),
            new(LabourMarketStatus.Employed, employed.Total),
            new(LabourMarketStatus.Unknown, total - unemployed.Total - inactive.Total - employed.Total),
        };
        var longTerm = await ByGenderAsync(entrants, p => p.LongTermUnemployedAtEntry, ct);

        var lastIds = ReEntryRule.LastParticipationIds(all);
        var leavers = all.Where(p => lastIds.Contains(p.Id) && p.Phase == Phase.Exited && p.ExitDate >= first && p.ExitDate <= last);
        var leaversByGender = await ByGenderAsync(leavers, _ => true, ct);
        var inEmployment = await ByGenderAsync(leavers, InEmployment(db), ct);
        var jobSearching = await ByGenderAsync(leavers, JobSearching(db), ct);
        var inLearning = await ByGenderAsync(leavers, InLearning(db), ct);
        var qualified = await ByGenderAsync(leavers, Qualified(db), ct);
        var leaving = new LeavingFigures(leaversByGender.Total, inEmployment.Total, jobSearching.Total, inLearning.Total, qualified.Total);

        var measurable = leavers.Where(LongerTermResultQuery.Measurable(today));
        var measurableByGender = await ByGenderAsync(measurable, _ => true, ct);
        var sixMonthsEmployed = await ByGenderAsync(measurable, LongerTermResultQuery.InEmploymentSixMonthsAfterLeaving(db), ct);
        var sixMonthsImproved = await ByGenderAsync(measurable, LongerTermResultQuery.ImprovedSituationSixMonthsAfterLeaving(db), ct);
        var sixMonths = new SixMonthFigures(measurableByGender.Total, sixMonthsEmployed.Total, sixMonthsImproved.Total);

        var rural = await RuralAsync(entrants, ct);

        var entryDay = AgeBands.AgeOf<Participant>(p => p.BirthDate, p => DateOnly.FromDateTime(p.CreatedUtc));
        EsfIndicator Output(string code, GenderCounts counts) => new(code, EsfSection.Output, counts);
        async Task<EsfIndicator> Answer(string code, Expression<Func<Participant, bool>> yes) => new(code, EsfSection.OtherOutput, await ByGenderAsync(entrants, yes, ct));
        var indicators = new List<EsfIndicator>
        {
            Output("EECO01", await ByGenderAsync(entrants, _ => true, ct)),
            Output("EECO02", unemployed),
            Output("EECO03", longTerm),
            Output("EECO04", inactive),
            Output("EECO05", employed),
            Output("EECO06", await ByGenderAsync(entrants, Age(entryDay, age => Expression.LessThan(age, Expression.Constant(18))), ct)),
            Output("EECO07", await ByGenderAsync(entrants, Age(entryDay, age => Expression.AndAlso(Expression.GreaterThanOrEqual(age, Expression.Constant(18)), Expression.LessThanOrEqual(age, Expression.Constant(29)))), ct)),
            Output("EECO08", await ByGenderAsync(entrants, Age(entryDay, age => Expression.GreaterThanOrEqual(age, Expression.Constant(55))), ct)),
            Output("EECO09", await ByGenderAsync(entrants, p => p.Education == EducationLevel.NoneOrPrimary || p.Education == EducationLevel.LowerSecondary, ct)),
            Output("EECO10", await ByGenderAsync(entrants, p => p.Education == EducationLevel.UpperSecondary, ct)),
            Output("EECO11", await ByGenderAsync(entrants, p => p.Education == EducationLevel.Tertiary, ct)),
            await Answer("EECO12", p => p.Indicators.Disability == VoluntaryAnswer.Yes),
            await Answer("EECO13", p => p.Indicators.ThirdCountryNational == VoluntaryAnswer.Yes),
            await Answer("EECO14", p => p.Indicators.ForeignBackground == VoluntaryAnswer.Yes),
            await Answer("EECO15", p => p.Indicators.Minority == VoluntaryAnswer.Yes),
            await Answer("EECO16", p => p.Indicators.HousingExclusion == VoluntaryAnswer.Yes),
            new("EECO17", EsfSection.OtherOutput, rural.Rural),
            new("EECR01", EsfSection.ImmediateResult, jobSearching),
            new("EECR02", EsfSection.ImmediateResult, inLearning),
            new("EECR03", EsfSection.ImmediateResult, qualified),
            new("EECR04", EsfSection.ImmediateResult, inEmployment),
            new("EECR05", EsfSection.LongerTermResult, sixMonthsEmployed),
            new("EECR06", EsfSection.LongerTermResult, sixMonthsImproved),
        };

        return new EsfReport(programme, period, today, total, gender, ageBands, isced, labourMarket, benefit, country, leaving, sixMonths)
        {
            Indicators = indicators,
            Leavers = leaversByGender,
            MeasurableAfterSixMonths = measurableByGender,
            RuralUnknown = rural.Unknown,
        };
    }

    private static async Task<GenderCounts> ByGenderAsync(IQueryable<Participant> rows, Expression<Func<Participant, bool>> predicate, CancellationToken ct)
    {
        var found = await rows.Where(predicate).GroupBy(p => p.Gender).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(Gender g) => found.Where(f => f.Key == g).Sum(f => f.Count);
        return new GenderCounts(Of(Gender.Female), Of(Gender.Male), Of(Gender.NonBinary), Of(Gender.Unknown));
    }

    /// <summary>
    /// EECO17 by gender, derived from the postcode at entry (<see cref="RuralAreas"/>); persons whose
    /// municipality or its class is not in the table are counted apart as unknown.
    /// </summary>
    private static async Task<(GenderCounts Rural, GenderCounts Unknown)> RuralAsync(IQueryable<Participant> entrants, CancellationToken ct)
    {
        var places = await entrants.GroupBy(p => new { p.Gender, p.Country, p.Postcode })
            .Select(g => new { g.Key.Gender, g.Key.Country, g.Key.Postcode, Count = g.Count() }).ToListAsync(ct);
        var classified = places.Select(p => (p.Gender, p.Count, Rural: RuralAreas.IsRural(p.Country, p.Postcode))).ToList();
        GenderCounts Where(Func<bool?, bool> test)
        {
            int Of(Gender g) => classified.Where(c => c.Gender == g && test(c.Rural)).Sum(c => c.Count);
            return new GenderCounts(Of(Gender.Female), Of(Gender.Male), Of(Gender.NonBinary), Of(Gender.Unknown));
        }

        return (Where(r => r == true), Where(r => r is null));
    }

    private static Expression<Func<Participant, bool>> Age(Expression<Func<Participant, int>> age, Func<Expression, Expression> test) =>
        Expression.Lambda<Func<Participant, bool>>(test(age.Body), age.Parameters);
}
