using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;
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
        _t.Db.PhaseChanges.Add(placed.MoveTo(Phase.Plan, _t.Coach.Id, _t.Clock.GetUtcNow().UtcDateTime)!);
        _t.Db.PhaseChanges.Add(placed.MoveTo(Phase.Trajectory, _t.Coach.Id, _t.Clock.GetUtcNow().UtcDateTime)!);
        await _t.PlacementAsync(placed, PlacementKind.Job, new DateOnly(2030, 3, 1));
        var exited = await _t.ParticipantAsync("Exited", "Two", new DateOnly(1960, 1, 1), new DateOnly(2030, 2, 2));
        _t.Db.PhaseChanges.Add(exited.MoveTo(Phase.Plan, _t.Coach.Id, _t.Clock.GetUtcNow().UtcDateTime)!);
        _t.Db.PhaseChanges.Add(exited.MoveTo(Phase.Trajectory, _t.Coach.Id, _t.Clock.GetUtcNow().UtcDateTime)!);
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

    [Fact]
    public async Task Targets_CountEmployersOnce_AndOpeningsOfCreatedWorkplaces_InThePeriod()
    {
        var placed = await _t.ParticipantAsync("Placed", "One", new DateOnly(1990, 1, 1), new DateOnly(2030, 2, 1));
        await _t.PlacementAsync(placed, PlacementKind.Job, new DateOnly(2030, 3, 1));
        var other = new Employer("Bouw BV", "NL", "87654321", Sector.Construction, _t.Clock.GetUtcNow().UtcDateTime);
        var lastYear = new Employer("Oud BV", "NL", "11223344", Sector.Care, _t.Clock.GetUtcNow().UtcDateTime);
        _t.Db.Employers.AddRange(other, lastYear);
        await _t.Db.SaveChangesAsync();
        var inYear = new DateTime(2030, 4, 1, 0, 0, 0, DateTimeKind.Utc);
        _t.Db.Vacancies.AddRange(
            new Vacancy(_t.Employer.Id, _t.Programme.Id, "Zorghulp", Sector.Care, 24, "7811 AB", "NL", 2, null, true, inYear),
            new Vacancy(other.Id, _t.Programme.Id, "Opperman", Sector.Construction, 32, "7811 AB", "NL", 3, null, true, inYear),
            new Vacancy(other.Id, _t.Programme.Id, "Timmerman", Sector.Construction, 32, "7811 AB", "NL", 4, null, false, inYear),
            new Vacancy(lastYear.Id, _t.Programme.Id, "Schoonmaak", Sector.Care, 20, "7811 AB", "NL", 1, null, true, inYear.AddYears(-1)));
        await _t.Db.SaveChangesAsync();
        var scope = _t.Scope with { TargetEmployers = 100, TargetWorkplaces = 20 };

        var report = await new DashboardService(_t.Db, _t.Clock).BuildAsync([scope], ReportingTestDb.Year2030);

        Assert.Equal(new Progress(2, 100), report.Targets.Employers);
        Assert.Equal(new Progress(5, 20), report.Targets.Workplaces);
    }

    [Fact]
    public async Task Targets_LeaveOutEmployersAndWorkplaces_WithoutTarget()
    {
        var report = await new DashboardService(_t.Db, _t.Clock).BuildAsync([_t.Scope], ReportingTestDb.Year2030);

        Assert.Null(report.Targets.Employers);
        Assert.Null(report.Targets.Workplaces);
    }

    public void Dispose() => _t.Dispose();
}
