using Jobportunities.Core.Data;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.UnitTests.Reporting;

/// <summary>
/// One date rule on both providers: the leaving status day (+28 days) and the day six calendar
/// months after the exit are computed in C# when the exit is written, stored, and compared in the
/// queries, so neither SQLite nor SQL Server adds days or months.
/// </summary>
public sealed class EsfDateRuleTests : IDisposable
{
    private readonly ReportingTestDb _t = new();

    [Theory]
    [InlineData("2029-08-31", "2030-02-28")]
    [InlineData("2027-08-31", "2028-02-29")]
    [InlineData("2028-02-29", "2028-08-29")]
    [InlineData("2029-12-31", "2030-06-30")]
    [InlineData("2029-08-30", "2030-02-28")]
    public void SixMonthDay_KeepsTheMonthEnd_LikeTheDurableCheck(string exit, string expected)
    {
        var day = DateOnly.Parse(exit, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), LeavingStatusRule.SixMonthDay(day));
        Assert.Equal(Core.Programmes.DurableCheckRule.Default.DueDate(day), LeavingStatusRule.SixMonthDay(day));
    }

    [Theory]
    [InlineData("2030-01-31", "2030-02-28")]
    [InlineData("2028-02-01", "2028-02-29")]
    [InlineData("2028-02-29", "2028-03-28")]
    public void StatusDay_Is28DaysAfterTheExit(string exit, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            LeavingStatusRule.StatusDay(DateOnly.Parse(exit, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task Exit_StoresBothTargetDays_FromTheCSharpRule()
    {
        var p = await _t.ParticipantAsync("Aug", "Ust", new DateOnly(1980, 1, 1), new DateOnly(2029, 3, 1));

        await _t.ExitAsync(p, new DateOnly(2029, 8, 31));

        var stored = await _t.Db.Participants.AsNoTracking().SingleAsync(x => x.Id == p.Id);
        Assert.Equal(new DateOnly(2029, 9, 28), stored.ExitStatusDay);
        Assert.Equal(new DateOnly(2030, 2, 28), stored.ExitSixMonthDay);
    }

    [Fact]
    public async Task SqliteExport_CountsWorkOnTheLastDayOfFebruary_ForAnExitOn31August()
    {
        // Work only on 28 February 2030: SQLite's date('2029-08-31', '+6 months') is 3 March and would miss it.
        var p = await _t.ParticipantAsync("Feb", "Ruary", new DateOnly(1980, 1, 1), new DateOnly(2029, 3, 1));
        await _t.ExitAsync(p, new DateOnly(2029, 8, 31));
        await _t.PlacementAsync(p, PlacementKind.Job, new DateOnly(2030, 2, 1), new DateOnly(2030, 2, 28));

        var report = await _t.EsfAsync(new ReportPeriod(new DateOnly(2029, 1, 1), new DateOnly(2030, 12, 31)));

        Assert.Equal(new SixMonthFigures(1, 1, 0), report.SixMonths);
    }

    [Fact]
    public async Task SqliteExport_MeasuresAnExitOn29February_OnThe29thOfAugust()
    {
        var p = await _t.ParticipantAsync("Leap", "Day", new DateOnly(1980, 1, 1), new DateOnly(2028, 1, 10));
        await _t.ExitAsync(p, new DateOnly(2028, 2, 29));
        await _t.PlacementAsync(p, PlacementKind.Job, new DateOnly(2028, 8, 29), new DateOnly(2028, 8, 29));
        await _t.PlacementAsync(p, PlacementKind.Job, new DateOnly(2028, 3, 28), new DateOnly(2028, 3, 28));

        var report = await _t.EsfAsync(new ReportPeriod(new DateOnly(2028, 1, 1), new DateOnly(2030, 12, 31)));

        Assert.Equal(1, report.Leaving.InEmployment);
        Assert.Equal(new SixMonthFigures(1, 1, 0), report.SixMonths);
    }

    [Fact]
    public async Task TargetDaysOfOlderExits_AreFilledAtStartUp()
    {
        var p = await _t.ParticipantAsync("Old", "Exit", new DateOnly(1980, 1, 1), new DateOnly(2029, 3, 1));
        await _t.ExitAsync(p, new DateOnly(2029, 8, 31));
        await _t.Db.Participants.Where(x => x.Id == p.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ExitSixMonthDay, (DateOnly?)null).SetProperty(x => x.ExitStatusDay, (DateOnly?)null));
        _t.Db.ChangeTracker.Clear();

        var filled = await ExitTargetDays.FillMissingAsync(_t.Db);

        Assert.Equal(1, filled);
        var stored = await _t.Db.Participants.AsNoTracking().SingleAsync(x => x.Id == p.Id);
        Assert.Equal(new DateOnly(2030, 2, 28), stored.ExitSixMonthDay);
    }

    [Fact]
    public void SqlServerQueries_OfTheLeavingIndicators_HoldNoDateArithmetic()
    {
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlServer("Server=localhost;Database=esf;Integrated Security=true;TrustServerCertificate=true").Options);
        var leavers = db.Participants.Where(p => p.Phase == Phase.Exited);
        var today = new DateOnly(2030, 6, 15);

        var queries = new[]
        {
            leavers.Where(LeavingQueries.InEmployment(db)).ToQueryString(),
            leavers.Where(LeavingQueries.InLearning(db)).ToQueryString(),
            leavers.Where(LeavingQueries.Qualified(db)).ToQueryString(),
            leavers.Where(LeavingQueries.JobSearching(db)).ToQueryString(),
            leavers.Where(LongerTermResultQuery.Measurable(today)).Where(LongerTermResultQuery.InEmploymentSixMonthsAfterLeaving(db)).ToQueryString(),
        };

        Assert.All(queries, sql => Assert.DoesNotContain("DATEADD", sql, StringComparison.OrdinalIgnoreCase));
        // The check itself can fail: the arithmetic the queries used before is translated to DATEADD.
        Assert.Contains("DATEADD", leavers.Where(p => p.ExitDate!.Value.AddMonths(6) <= today).ToQueryString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SqliteQueries_OfTheLeavingIndicators_HoldNoDateModifiers()
    {
        var leavers = _t.Db.Participants.Where(p => p.Phase == Phase.Exited);

        var sql = leavers.Where(LeavingQueries.InEmployment(_t.Db)).Where(LongerTermResultQuery.InEmploymentSixMonthsAfterLeaving(_t.Db)).ToQueryString();

        Assert.DoesNotContain("months", sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("days", sql, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _t.Dispose();
}
