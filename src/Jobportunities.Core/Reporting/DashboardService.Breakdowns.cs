using System.Linq.Expressions;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Reporting;

/// <summary>The placement breakdowns and the monthly trend: GROUP BY in the database, categories completed here.</summary>
public sealed partial class DashboardService
{
    private async Task<PlacementBreakdowns> PlacementsAsync(IQueryable<Participant> participants, ReportPeriod period, CancellationToken ct)
    {
        var (first, last) = (period.From, period.Until);
        var rows = from pl in db.Placements.AsNoTracking()
                   join p in participants on pl.ParticipantId equals p.Id
                   where pl.StartDate >= first && pl.StartDate <= last
                   select new PlacementRow { Placement = pl, Participant = p };

        var total = await rows.CountAsync(ct);
        var bySector = Tallies.Complete(await CountByAsync(rows, r => r.Placement.Employer!.Sector, ct));
        var byKind = Tallies.Complete(await CountByAsync(rows, r => r.Placement.Kind, ct));
        var countries = await CountByAsync(rows, r => r.Placement.Country, ct);
        var byCountry = Countries.All.Select(c => new Tally<string>(c, countries.Where(f => f.Key == c).Sum(f => f.Count)))
            .Concat(countries.Where(f => !Countries.All.Contains(f.Key)))
            .ToList();
        var byArea = (await CountByAsync(rows, r => r.Participant.Application!.AreaName, ct))
            .OrderBy(t => t.Key is null).ThenBy(t => t.Key, StringComparer.CurrentCulture).ToList();
        var bySource = await SourcesAsync(await CountByAsync(rows, r => r.Participant.Application!.OrganisationId, ct), ct);
        var ages = await rows.Select(AgeBands.AgeOf<PlacementRow>(r => r.Participant.BirthDate, r => r.Placement.StartDate))
            .GroupBy(age => age)
            .Select(g => new { Age = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var byAge = Enum.GetValues<DashboardAgeBand>()
            .Select(band => new Tally<DashboardAgeBand>(band, ages.Where(a => AgeBands.Dashboard(a.Age) == band).Sum(a => a.Count)))
            .ToList();
        var byGender = Tallies.Complete(await CountByAsync(rows, r => r.Participant.Gender, ct));
        var byBenefit = Tallies.Complete(await CountByAsync(rows, r => r.Participant.Benefit, ct));
        return new PlacementBreakdowns(total, bySector, byKind, byCountry, byArea, bySource, byAge, byGender, byBenefit);
    }

    /// <summary>Referral source: the referring organisation by name, or null for the candidate's own application.</summary>
    private async Task<IReadOnlyList<Tally<string?>>> SourcesAsync(IReadOnlyList<Tally<int?>> byOrganisation, CancellationToken ct)
    {
        var ids = byOrganisation.Where(t => t.Key is not null).Select(t => t.Key!.Value).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var own = byOrganisation.Where(t => t.Key is null).Sum(t => t.Count);
        return byOrganisation.Where(t => t.Key is not null)
            .GroupBy(t => names.GetValueOrDefault(t.Key!.Value, "?"))
            .Select(g => new Tally<string?>(g.Key, g.Sum(t => t.Count)))
            .OrderBy(t => t.Key, StringComparer.CurrentCulture)
            .Prepend(new Tally<string?>(null, own))
            .ToList();
    }

    private async Task<IReadOnlyList<TrendMonth>> TrendAsync(List<int> ids, IQueryable<Participant> participants, ReportPeriod period, DateOnly today, CancellationToken ct)
    {
        // The twelve months up to the end of the period (or up to this month, for a period that has not ended).
        var end = Min(period.Until, today);
        var firstMonth = new DateOnly(end.Year, end.Month, 1).AddMonths(-11);
        var afterLast = new DateOnly(end.Year, end.Month, 1).AddMonths(1);
        var (fromUtc, endUtc) = (firstMonth.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), afterLast.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

        var applications = await ByMonthAsync(
            db.Applications.AsNoTracking().Where(a => ids.Contains(a.ProgrammeId) && a.SubmittedUtc >= fromUtc && a.SubmittedUtc < endUtc)
                .GroupBy(a => new { a.SubmittedUtc.Year, a.SubmittedUtc.Month }).Select(g => new MonthCount(g.Key.Year, g.Key.Month, g.Count())), ct);
        var starts = await ByMonthAsync(
            participants.Where(p => p.CreatedUtc >= fromUtc && p.CreatedUtc < endUtc)
                .GroupBy(p => new { p.CreatedUtc.Year, p.CreatedUtc.Month }).Select(g => new MonthCount(g.Key.Year, g.Key.Month, g.Count())), ct);
        var inProgramme = InProgramme(participants);
        var placements = await ByMonthAsync(
            db.Placements.AsNoTracking().Where(pl => pl.StartDate >= firstMonth && pl.StartDate < afterLast && inProgramme.Contains(pl.ParticipantId))
                .GroupBy(pl => new { pl.StartDate.Year, pl.StartDate.Month }).Select(g => new MonthCount(g.Key.Year, g.Key.Month, g.Count())), ct);
        var durable = await ByMonthAsync(
            ChecksOf(participants).Where(c => c.Outcome == DurableOutcome.Durable && c.VerifiedOn >= firstMonth && c.VerifiedOn < afterLast)
                .GroupBy(c => new { c.VerifiedOn!.Value.Year, c.VerifiedOn.Value.Month }).Select(g => new MonthCount(g.Key.Year, g.Key.Month, g.Count())), ct);

        return Enumerable.Range(0, 12).Select(i => firstMonth.AddMonths(i)).Select(m => new TrendMonth(m.Year, m.Month,
            applications.GetValueOrDefault((m.Year, m.Month)), starts.GetValueOrDefault((m.Year, m.Month)),
            placements.GetValueOrDefault((m.Year, m.Month)), durable.GetValueOrDefault((m.Year, m.Month)))).ToList();
    }

    private static async Task<Dictionary<(int Year, int Month), int>> ByMonthAsync(IQueryable<MonthCount> query, CancellationToken ct) =>
        (await query.ToListAsync(ct)).ToDictionary(m => (m.Year, m.Month), m => m.Count);

    private static async Task<IReadOnlyList<Tally<TKey>>> CountByAsync<TKey>(IQueryable<PlacementRow> rows, Expression<Func<PlacementRow, TKey>> key, CancellationToken ct) =>
        await rows.GroupBy(key).Select(g => new Tally<TKey>(g.Key, g.Count())).ToListAsync(ct);

    private sealed record MonthCount(int Year, int Month, int Count);

    private sealed class PlacementRow
    {
        public required Placement Placement { get; init; }

        public required Participant Participant { get; init; }
    }
}
