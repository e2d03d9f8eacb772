using System.Globalization;
using BenchmarkDotNet.Attributes;
using Jobportunities.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Benchmarks;

/// <summary>
/// The programme dashboard over the 100,000 participants' database, for the main programme (90,000
/// of them) and the second one (10,000), each over its whole period: DashboardService (EF Core,
/// LINQ aggregates) against the same aggregates as plain SQL, and the ESF+ indicators. Run by
/// hand: docs/performance.md.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class DashboardBenchmarks
{
    private ReportProgramme _programme = null!;

    [Params(BenchmarkDatabase.MainCode, BenchmarkDatabase.SecondCode)]
    public string Programme { get; set; } = BenchmarkDatabase.MainCode;

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkDatabase.EnsureFilled();
        using var db = BenchmarkDatabase.Open();
        _programme = db.Programmes.AsNoTracking().Where(p => p.Code == Programme)
            .Select(p => new ReportProgramme(p.Id, p.Code, p.Name, p.StartDate, p.EndDate, p.Targets.Participants, p.Targets.Placements, p.Targets.DurablePlacements, p.Budget))
            .Single();
        Compare();
    }

    [Benchmark(Baseline = true, Description = "Plain SQL, same aggregates")]
    public Task<IReadOnlyList<IReadOnlyList<object[]>>> PlainSql() =>
        PlainSqlDashboard.RunAsync(BenchmarkDatabase.ConnectionString, _programme.Id, _programme.StartDate, _programme.EndDate, BenchmarkDatabase.Today);

    [Benchmark(Description = "DashboardService")]
    public async Task<DashboardReport> Dashboard()
    {
        await using var db = BenchmarkDatabase.Open();
        return await new DashboardService(db, new FixedClock(BenchmarkDatabase.Now)).BuildAsync([_programme], _programme.Period);
    }

    [Benchmark(Description = "EsfIndicatorService")]
    public async Task<EsfReport> Esf()
    {
        await using var db = BenchmarkDatabase.Open();
        return await new EsfIndicatorService(db, new FixedClock(BenchmarkDatabase.Now)).BuildAsync(_programme, _programme.Period);
    }

    /// <summary>Both ways must give the same figures, or the comparison means nothing.</summary>
    private void Compare()
    {
        var report = Dashboard().GetAwaiter().GetResult();
        var sql = PlainSql().GetAwaiter().GetResult();
        long N(int query, int column = 0) => Convert.ToInt64(sql[query][0][column], CultureInfo.InvariantCulture);
        var pairs = new (string Figure, long Service, long Sql)[]
        {
            ("applications", report.Funnel.Applications, N(0)), ("eligible", report.Funnel.Eligible, N(0, 1)),
            ("participants (funnel)", report.Funnel.Participants, N(1)), ("in trajectory", report.Funnel.InTrajectory, N(1, 1)),
            ("placed", report.Funnel.Placed, N(1, 2)), ("durable (funnel)", report.Funnel.Durable, N(1, 3)),
            ("participants started", report.Targets.Participants.Actual, N(2)), ("placements", report.Targets.Placements.Actual, N(3)),
            ("durable placements", report.Targets.DurablePlacements.Actual, N(4)), ("sectors", report.Placements.BySector.Count(t => t.Count > 0), sql[5].Count),
            ("upcoming", report.Checks.Upcoming, N(13)), ("due", report.Checks.Due, N(13, 1)), ("overdue", report.Checks.Overdue, N(13, 2)),
            ("spent (euro)", (long)report.Budget.Spent, (long)Math.Round(Convert.ToDouble(sql[19][0][0], CultureInfo.InvariantCulture), 0)),
        };
        foreach (var (figure, service, plain) in pairs)
        {
            Console.WriteLine($"// {Programme} {figure}: DashboardService {service:N0}, plain SQL {plain:N0}{(Math.Abs(service - plain) > 1 ? "  <-- DIFFERENT" : "")}");
        }
    }
}
