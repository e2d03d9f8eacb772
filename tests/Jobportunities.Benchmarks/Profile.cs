using Jobportunities.Core.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Jobportunities.Benchmarks;

/// <summary>
/// `-- profile`: builds the dashboard once over the benchmark database and prints every SQL
/// command EF Core sent, with its time, slowest first. For finding the query to improve.
/// </summary>
public static class Profile
{
    public static async Task RunAsync()
    {
        BenchmarkDatabase.EnsureFilled();
        var log = new List<string>();
        var options = new DbContextOptionsBuilder<Core.Data.AppDbContext>()
            .UseSqlite(BenchmarkDatabase.ConnectionString)
            .LogTo(log.Add, [DbLoggerCategory.Database.Command.Name], LogLevel.Information)
            .Options;
        await using var db = new Core.Data.AppDbContext(options);
        var programme = await db.Programmes.AsNoTracking().Where(p => p.Code == BenchmarkDatabase.MainCode)
            .Select(p => new ReportProgramme(p.Id, p.Code, p.Name, p.StartDate, p.EndDate, p.Targets.Participants, p.Targets.Placements, p.Targets.DurablePlacements, p.Budget))
            .SingleAsync();
        log.Clear();
        var started = DateTime.UtcNow;
        await new DashboardService(db, new FixedClock(BenchmarkDatabase.Now)).BuildAsync([programme], programme.Period);
        Console.WriteLine($"Dashboard: {(DateTime.UtcNow - started).TotalMilliseconds:N0} ms, {log.Count} commands");
        foreach (var entry in log.OrderByDescending(Milliseconds).Take(12))
        {
            Console.WriteLine(entry.ReplaceLineEndings(" "));
            Console.WriteLine();
        }
    }

    private static int Milliseconds(string entry)
    {
        var start = entry.IndexOf("Executed DbCommand (", StringComparison.Ordinal);
        return start < 0 ? 0 : int.Parse(entry[(start + 20)..].Split("ms")[0].Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }
}
