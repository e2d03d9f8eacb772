using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Reporting;
using Jobportunities.Core.Trajectories;

namespace Jobportunities.UnitTests.Reporting;

/// <summary>The dashboard's aggregate queries translate and count as defined (the integration tests check every figure on the page).</summary>
public sealed class DashboardServiceTests : IDisposable
{
    private readonly ReportingTestDb _t = new();

    [Fact]
    public async Task Funnel_FollowsTheApplicationsOfThePeriod_AndBudgetCountsTheProgrammeShare()
    {
        var placed = await _t.ParticipantAsync("Placed", "One", new DateOnly(1990, 1, 1), new DateOnly(2030, 2, 1));
        _t.Db.PhaseChanges.Add(placed.MoveTo(Phase.Plan, _t.Coach.Id, DateTime.UtcNow)!);
        _t.Db.PhaseChanges.Add(placed.MoveTo(Phase.Trajectory, _t.Coach.Id, DateTime.UtcNow)!);
        await _t.PlacementAsync(placed, PlacementKind.Job, new DateOnly(2030, 3, 1));
        var exited = await _t.ParticipantAsync("Exited", "Two", new DateOnly(1960, 1, 1), new DateOnly(2030, 2, 2));
        _t.Db.PhaseChanges.Add(exited.MoveTo(Phase.Plan, _t.Coach.Id, DateTime.UtcNow)!);
        _t.Db.PhaseChanges.Add(exited.MoveTo(Phase.Trajectory, _t.Coach.Id, DateTime.UtcNow)!);
        await _t.ExitAsync(exited, new DateOnly(2030, 3, 1));
        await _t.ParticipantAsync("Before", "Three", new DateOnly(1990, 1, 1), new DateOnly(2029, 5, 1));
        await _t.TrainingAsync(placed, new DateOnly(2030, 2, 10));
        _t.Db.CostShares.Add(new CostShare(placed.Id, new CostShareInput(PayerKind.Programme, null, 40m)));
        _t.Db.CostShares.Add(new CostShare(placed.Id, new CostShareInput(PayerKind.Employer, "Werk BV", 60m)));
        await _t.TrainingAsync(exited, new DateOnly(2030, 2, 10), new DateOnly(2030, 2, 20));
        var stopped = new PlanInstrument(exited.Id, _t.Training.Id, 2, new PlanInstrumentInput(null, null, null, 5000m));
        stopped.MoveTo(InstrumentStatus.Stopped, new DateOnly(2030, 2, 1), "not needed");
        _t.Db.PlanInstruments.Add(stopped);
        await _t.Db.SaveChangesAsync();

        var report = await new DashboardService(_t.Db, _t.Clock).BuildAsync([_t.Scope], ReportingTestDb.Year2030);

        Assert.Equal(new FunnelFigures(2, 2, 2, 2, 1, 0), report.Funnel);
        Assert.Equal(2, report.Targets.Participants.Actual);
        Assert.Equal(1, report.Placements.Total);
        Assert.Equal(1, report.Placements.ByAgeBand.Single(a => a.Key == DashboardAgeBand.From30To49).Count);
        Assert.Equal(1000m * 0.4m + 1000m, report.Budget.Spent);
        Assert.Equal(12, report.Trend.Count);
        Assert.Equal((2030, 6), (report.Trend[^1].Year, report.Trend[^1].Month));
        Assert.Equal(2, report.Trend.Single(m => m.Month == 2 && m.Year == 2030).NewParticipants);
    }

    public void Dispose() => _t.Dispose();
}
