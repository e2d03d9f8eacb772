using System.Linq.Expressions;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Jobportunities.Core.Trajectories;
using Microsoft.EntityFrameworkCore;
using static Jobportunities.Core.Reporting.LeavingStatusRule;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// The ESF+ participant indicators (docs/product.md section 7): the profile at entry, the status upon
/// leaving (<see cref="LeavingStatusRule"/>) and six months after, every person counted once
/// (<see cref="ReEntryRule"/>). Aggregate queries only, like the dashboard.
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
        var labourMarket = await LabourMarketAsync(entrants, ct);

        var lastIds = ReEntryRule.LastParticipationIds(all);
        var leavers = all.Where(p => lastIds.Contains(p.Id) && p.Phase == Phase.Exited && p.ExitDate >= first && p.ExitDate <= last);
        var leaving = new LeavingFigures(
            await leavers.CountAsync(ct),
            await leavers.CountAsync(InEmploymentUponLeaving(), ct),
            await leavers.Where(p => StillLooking.Contains(p.ExitReason!.Value)).Where(Not(InEmploymentUponLeaving())).CountAsync(Not(InLearningUponLeaving()), ct),
            await leavers.CountAsync(InLearningUponLeaving(), ct),
            await leavers.CountAsync(QualifiedUponLeaving(), ct));

        var measurable = leavers.Where(p => p.ExitDate!.Value.AddMonths(LongTermMonths) <= today);
        var sixMonths = new SixMonthFigures(await measurable.CountAsync(ct), await measurable.CountAsync(InEmploymentSixMonthsAfter(), ct));
        return new EsfReport(programme, period, today, total, gender, ageBands, isced, labourMarket, benefit, country, leaving, sixMonths);
    }

    private async Task<IReadOnlyList<Tally<LabourMarketStatus>>> LabourMarketAsync(IQueryable<Participant> entrants, CancellationToken ct)
    {
        // Employed: the first ladder position recorded is paid work (with or without support); otherwise the benefit tells.
        Expression<Func<Participant, bool>> employed = p => db.LadderRecords.Where(l => l.ParticipantId == p.Id)
            .OrderBy(l => l.Date).ThenBy(l => l.Id).Select(l => (int?)l.Step).FirstOrDefault() >= EsfCategories.EmployedFromLadderStep;
        var employedCount = await entrants.CountAsync(employed, ct);
        var others = await entrants.Where(Not(employed)).GroupBy(p => p.Benefit).Select(g => new Tally<BenefitSituation>(g.Key, g.Count())).ToListAsync(ct);
        return Enum.GetValues<LabourMarketStatus>()
            .Select(s => new Tally<LabourMarketStatus>(s, s == LabourMarketStatus.Employed ? employedCount : others.Where(o => EsfCategories.FromBenefit(o.Key) == s).Sum(o => o.Count)))
            .ToList();
    }

    private Expression<Func<Participant, bool>> InEmploymentUponLeaving() => p => db.Placements.Any(pl => pl.ParticipantId == p.Id
        && EmploymentKinds.Contains(pl.Kind)
        && pl.StartDate <= p.ExitDate!.Value.AddDays(WindowDays)
        && (pl.EndDate == null || pl.EndDate >= p.ExitDate.Value.AddDays(WindowDays)));

    private Expression<Func<Participant, bool>> InLearningUponLeaving() => p =>
        db.Placements.Any(pl => pl.ParticipantId == p.Id
            && LearningKinds.Contains(pl.Kind)
            && pl.StartDate <= p.ExitDate!.Value.AddDays(WindowDays)
            && (pl.EndDate == null || pl.EndDate >= p.ExitDate.Value.AddDays(WindowDays)))
        || db.PlanInstruments.Any(i => i.ParticipantId == p.Id
            && LearningInstruments.Contains(i.Instrument!.Kind)
            && i.ActualStart != null && i.ActualStart <= p.ExitDate!.Value.AddDays(WindowDays)
            && (i.ActualEnd == null || i.ActualEnd >= p.ExitDate.Value.AddDays(WindowDays)));

    private Expression<Func<Participant, bool>> QualifiedUponLeaving() => p =>
        db.WorkBasedLearningCertificates.Any(c => c.ParticipantId == p.Id && c.IssuedOn <= p.ExitDate!.Value.AddDays(WindowDays))
        || db.Enrolments.Any(e => e.ParticipantId == p.Id && e.Status == EnrolmentStatus.Completed && e.WithDiploma == true
            && db.PlanInstruments.Any(i => i.Id == e.PlanInstrumentId && i.ActualEnd != null && i.ActualEnd <= p.ExitDate!.Value.AddDays(WindowDays)));

    private Expression<Func<Participant, bool>> InEmploymentSixMonthsAfter() => p => db.Placements.Any(pl => pl.ParticipantId == p.Id
        && EmploymentKinds.Contains(pl.Kind)
        && pl.StartDate <= p.ExitDate!.Value.AddMonths(LongTermMonths)
        && (pl.EndDate == null || pl.EndDate >= p.ExitDate.Value.AddMonths(LongTermMonths)));

    private static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
}
