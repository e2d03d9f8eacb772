using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Trajectories;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// The dashboard figures, every one an aggregate query in the database (COUNT, SUM, GROUP BY):
/// no participant row is loaded into memory, so the dashboard stays fast with 100,000
/// participants (docs/performance.md). Definitions: docs/reporting.md.
/// </summary>
public sealed partial class DashboardService(AppDbContext db, TimeProvider clock)
{
    private static readonly Phase[] TrajectoryOrLater = [Phase.Trajectory, Phase.Placed, Phase.Durable];

    public async Task<DashboardReport> BuildAsync(IReadOnlyList<ReportProgramme> programmes, ReportPeriod period, CancellationToken ct = default)
    {
        var ids = programmes.Select(p => p.Id).ToList();
        var today = clock.Today();
        var participants = db.Participants.AsNoTracking().Where(p => ids.Contains(p.ProgrammeId));
        var funnel = await FunnelAsync(ids, participants, period, ct);
        var targets = await TargetsAsync(programmes, participants, period, ct);
        var placements = await PlacementsAsync(participants, period, ct);
        var checks = await ChecksAsync(participants, period, today, ct);
        var trend = await TrendAsync(ids, participants, period, today, ct);
        var budget = await BudgetAsync(programmes, participants, ct);
        return new DashboardReport(programmes, period, today, funnel, targets, placements, checks, trend, budget);
    }

    private async Task<FunnelFigures> FunnelAsync(List<int> ids, IQueryable<Participant> participants, ReportPeriod period, CancellationToken ct)
    {
        var (from, end) = (period.FromUtc, period.EndUtc);
        var submitted = db.Applications.AsNoTracking().Where(a => ids.Contains(a.ProgrammeId) && a.SubmittedUtc >= from && a.SubmittedUtc < end);
        var applications = await submitted
            .GroupBy(a => 1)
            .Select(g => new { Count = g.Count(), Eligible = g.Count(a => a.IsEligible) })
            .FirstOrDefaultAsync(ct);

        // The same people further down the funnel: participants whose application was submitted in the
        // period (an IN list from the applications' index; cheaper than joining the wide application rows).
        var submittedIds = submitted.Select(a => a.Id);
        var cohort = participants.Where(p => submittedIds.Contains(p.ApplicationId));
        var accepted = await cohort.CountAsync(ct);
        var inTrajectory = await cohort.CountAsync(p => TrajectoryOrLater.Contains(p.Phase)
            || db.PhaseChanges.Any(c => c.ParticipantId == p.Id && TrajectoryOrLater.Contains(c.To)), ct);
        var placed = await cohort.CountAsync(p => db.Placements.Any(pl => pl.ParticipantId == p.Id), ct);
        var durable = await cohort.CountAsync(p => db.DurableChecks.Any(c => c.ParticipantId == p.Id && c.Outcome == DurableOutcome.Durable), ct);
        return new FunnelFigures(applications?.Count ?? 0, applications?.Eligible ?? 0, accepted, inTrajectory, placed, durable);
    }

    private async Task<TargetFigures> TargetsAsync(IReadOnlyList<ReportProgramme> programmes, IQueryable<Participant> participants, ReportPeriod period, CancellationToken ct)
    {
        var (from, end, first, last) = (period.FromUtc, period.EndUtc, period.From, period.Until);
        var started = await participants.CountAsync(p => p.CreatedUtc >= from && p.CreatedUtc < end, ct);
        var inProgramme = InProgramme(participants);
        var placements = await db.Placements.CountAsync(pl => pl.StartDate >= first && pl.StartDate <= last && inProgramme.Contains(pl.ParticipantId), ct);
        var durable = await ChecksOf(participants).CountAsync(c => c.Outcome == DurableOutcome.Durable && c.VerifiedOn >= first && c.VerifiedOn <= last, ct);
        return new TargetFigures(
            new Progress(started, programmes.Sum(p => p.TargetParticipants)),
            new Progress(placements, programmes.Sum(p => p.TargetPlacements)),
            new Progress(durable, programmes.Sum(p => p.TargetDurablePlacements)),
            programmes.Any(p => p.TargetEmployers is not null) ? new Progress(await EmployersTakingPartAsync(programmes, participants, period, ct), programmes.Sum(p => p.TargetEmployers ?? 0)) : null,
            programmes.Any(p => p.TargetWorkplaces is not null) ? new Progress(await WorkplacesCreatedAsync(programmes, period, ct), programmes.Sum(p => p.TargetWorkplaces ?? 0)) : null);
    }

    /// <summary>Distinct employers with a placement of a participant that started in the period, or a vacancy of the programme posted in it.</summary>
    private async Task<int> EmployersTakingPartAsync(IReadOnlyList<ReportProgramme> programmes, IQueryable<Participant> participants, ReportPeriod period, CancellationToken ct)
    {
        var ids = programmes.Select(p => p.Id).ToList();
        var (from, end, first, last) = (period.FromUtc, period.EndUtc, period.From, period.Until);
        var inProgramme = InProgramme(participants);
        var placing = db.Placements.Where(pl => pl.StartDate >= first && pl.StartDate <= last && inProgramme.Contains(pl.ParticipantId)).Select(pl => pl.EmployerId);
        var posting = db.Vacancies.Where(v => ids.Contains(v.ProgrammeId) && v.CreatedUtc >= from && v.CreatedUtc < end).Select(v => v.EmployerId);
        return await placing.Union(posting).CountAsync(ct);
    }

    /// <summary>Openings of the programme's vacancies flagged as a created workplace, posted in the period.</summary>
    private async Task<int> WorkplacesCreatedAsync(IReadOnlyList<ReportProgramme> programmes, ReportPeriod period, CancellationToken ct)
    {
        var ids = programmes.Select(p => p.Id).ToList();
        var (from, end) = (period.FromUtc, period.EndUtc);
        return await db.Vacancies.Where(v => ids.Contains(v.ProgrammeId) && v.IsCreatedWorkplace && v.CreatedUtc >= from && v.CreatedUtc < end)
            .SumAsync(v => v.Openings, ct);
    }

    private async Task<CheckFigures> ChecksAsync(IQueryable<Participant> participants, ReportPeriod period, DateOnly today, CancellationToken ct)
    {
        // The states of DurableCheckCalculator, from the dates as they are today (not the stored state, which the daily job refreshes).
        var upcomingUntil = today.AddDays(DurableCheckCalculator.UpcomingWithinDays);
        var overdueBefore = today.AddDays(-DurableCheckCalculator.OverdueAfterDays);
        var open = await ChecksOf(participants)
            .Where(c => c.Outcome == null && c.State != DurableState.NotDurable)
            .GroupBy(c => 1)
            .Select(g => new
            {
                Upcoming = g.Count(c => c.DueDate > today && c.DueDate <= upcomingUntil),
                Due = g.Count(c => c.DueDate <= today && c.DueDate >= overdueBefore),
                Overdue = g.Count(c => c.DueDate < overdueBefore),
            })
            .FirstOrDefaultAsync(ct);
        var (first, last) = (period.From, period.Until);
        var outcomes = await ChecksOf(participants)
            .Where(c => c.Outcome != null && c.VerifiedOn >= first && c.VerifiedOn <= last)
            .GroupBy(c => c.Outcome)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        int Of(DurableOutcome outcome) => outcomes.Where(o => o.Key == outcome).Sum(o => o.Count);
        return new CheckFigures(open?.Upcoming ?? 0, open?.Due ?? 0, open?.Overdue ?? 0,
            Of(DurableOutcome.Durable), Of(DurableOutcome.NotDurable), Of(DurableOutcome.ContactLost));
    }

    private async Task<BudgetFigures> BudgetAsync(IReadOnlyList<ReportProgramme> programmes, IQueryable<Participant> participants, CancellationToken ct)
    {
        // PlanCost: every wagon counts except one stopped before it started or withdrawn; the programme pays its
        // share of the cost split, or all of it when the plan has no split. Summed as REAL (SQLite
        // cannot sum decimals) and rounded to cents at the end.
        var inProgramme = InProgramme(participants);
        var wagons = db.PlanInstruments.AsNoTracking()
            .Where(i => inProgramme.Contains(i.ParticipantId) && i.Status != InstrumentStatus.Withdrawn && !(i.Status == InstrumentStatus.Stopped && i.ActualStart == null));
        var unsplit = await wagons.Where(i => !db.CostShares.Any(s => s.ParticipantId == i.ParticipantId)).SumAsync(i => (double)i.Cost, ct);
        var split = await (from i in wagons
                           join s in db.CostShares on i.ParticipantId equals s.ParticipantId
                           where s.Payer == PayerKind.Programme
                           select (double)i.Cost * (double)s.Percent / 100.0).SumAsync(ct);
        var durable = await ChecksOf(participants).CountAsync(c => c.Outcome == DurableOutcome.Durable, ct);
        var spent = decimal.Round((decimal)(unsplit + split), 2, MidpointRounding.AwayFromZero);
        return new BudgetFigures(programmes.Sum(p => p.Budget), spent, durable);
    }

    /// <summary>
    /// The participants' ids, for <c>x.ParticipantId IN (SELECT Id FROM Participants WHERE ProgrammeId IN …)</c>:
    /// SQLite then starts from the programme's participants and searches each one's rows by index. The
    /// correlated <c>EXISTS (… p.Id = x.ParticipantId)</c> that <c>participants.Any(…)</c> gives made it scan
    /// every row of the table (every placement, check and plan item of every programme) instead.
    /// </summary>
    private static IQueryable<int> InProgramme(IQueryable<Participant> participants) => participants.Select(p => p.Id);

    private IQueryable<DurableCheck> ChecksOf(IQueryable<Participant> participants)
    {
        var inProgramme = InProgramme(participants);
        return db.DurableChecks.AsNoTracking().Where(c => inProgramme.Contains(c.ParticipantId));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
