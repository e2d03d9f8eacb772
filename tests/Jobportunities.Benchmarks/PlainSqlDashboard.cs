using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Jobportunities.Benchmarks;

/// <summary>
/// The dashboard's aggregates written by hand as SQLite SQL: the yardstick for DashboardService.
/// Same definitions (docs/reporting.md), fewer round trips where SQL allows it (subqueries inside
/// aggregates, which SQL Server would refuse and EF therefore does not generate).
/// </summary>
public static class PlainSqlDashboard
{
    private const string InProgramme = "JOIN Participants pa ON pa.Id = {0}.ParticipantId AND pa.ProgrammeId = $p";

    private static readonly string[] Queries =
    [
        "SELECT COUNT(*), TOTAL(IsEligible) FROM Applications WHERE ProgrammeId = $p AND SubmittedUtc >= $from AND SubmittedUtc < $end",
        """
        SELECT COUNT(*),
          TOTAL(pa.Phase IN ('Trajectory','Placed','Durable') OR EXISTS (SELECT 1 FROM PhaseChanges c WHERE c.ParticipantId = pa.Id AND c."To" IN ('Trajectory','Placed','Durable'))),
          TOTAL(EXISTS (SELECT 1 FROM Placements pl WHERE pl.ParticipantId = pa.Id)),
          TOTAL(EXISTS (SELECT 1 FROM DurableChecks d WHERE d.ParticipantId = pa.Id AND d.Outcome = 'Durable'))
        FROM Participants pa
        WHERE pa.ProgrammeId = $p AND pa.ApplicationId IN (SELECT a.Id FROM Applications a WHERE a.ProgrammeId = $p AND a.SubmittedUtc >= $from AND a.SubmittedUtc < $end)
        """,
        "SELECT COUNT(*) FROM Participants WHERE ProgrammeId = $p AND CreatedUtc >= $from AND CreatedUtc < $end",
        "SELECT COUNT(*) FROM Placements pl " + string.Format(CultureInfo.InvariantCulture, InProgramme, "pl") + " WHERE pl.StartDate BETWEEN $first AND $last",
        "SELECT COUNT(*) FROM DurableChecks d " + string.Format(CultureInfo.InvariantCulture, InProgramme, "d") + " WHERE d.Outcome = 'Durable' AND d.VerifiedOn BETWEEN $first AND $last",
        Breakdown("e.Sector", "JOIN Employers e ON e.Id = pl.EmployerId"),
        Breakdown("pl.Kind"),
        Breakdown("pl.Country"),
        Breakdown("a.AreaName", "JOIN Applications a ON a.Id = pa.ApplicationId"),
        Breakdown("o.Name", "JOIN Applications a ON a.Id = pa.ApplicationId LEFT JOIN Organisations o ON o.Id = a.OrganisationId"),
        Breakdown("CAST(strftime('%Y', pl.StartDate) AS INT) - CAST(strftime('%Y', pa.BirthDate) AS INT) - (strftime('%m-%d', pl.StartDate) < strftime('%m-%d', pa.BirthDate))"),
        Breakdown("pa.Gender"),
        Breakdown("pa.Benefit"),
        """
        SELECT TOTAL(d.DueDate > $today AND d.DueDate <= $upcoming), TOTAL(d.DueDate <= $today AND d.DueDate >= $overdue), TOTAL(d.DueDate < $overdue)
        FROM DurableChecks d JOIN Participants pa ON pa.Id = d.ParticipantId AND pa.ProgrammeId = $p
        WHERE d.Outcome IS NULL AND d.State <> 'NotDurable'
        """,
        "SELECT d.Outcome, COUNT(*) FROM DurableChecks d " + string.Format(CultureInfo.InvariantCulture, InProgramme, "d") + " WHERE d.Outcome IS NOT NULL AND d.VerifiedOn BETWEEN $first AND $last GROUP BY d.Outcome",
        "SELECT strftime('%Y-%m', SubmittedUtc), COUNT(*) FROM Applications WHERE ProgrammeId = $p AND SubmittedUtc >= $trendFrom AND SubmittedUtc < $trendEnd GROUP BY 1",
        "SELECT strftime('%Y-%m', CreatedUtc), COUNT(*) FROM Participants WHERE ProgrammeId = $p AND CreatedUtc >= $trendFrom AND CreatedUtc < $trendEnd GROUP BY 1",
        "SELECT strftime('%Y-%m', pl.StartDate), COUNT(*) FROM Placements pl " + string.Format(CultureInfo.InvariantCulture, InProgramme, "pl") + " WHERE pl.StartDate >= $trendFirst AND pl.StartDate < $trendAfter GROUP BY 1",
        "SELECT strftime('%Y-%m', d.VerifiedOn), COUNT(*) FROM DurableChecks d " + string.Format(CultureInfo.InvariantCulture, InProgramme, "d") + " WHERE d.Outcome = 'Durable' AND d.VerifiedOn >= $trendFirst AND d.VerifiedOn < $trendAfter GROUP BY 1",
        """
        SELECT TOTAL(CASE WHEN EXISTS (SELECT 1 FROM CostShares s WHERE s.ParticipantId = i.ParticipantId)
                          THEN CAST(i.Cost AS REAL) * (SELECT TOTAL(CAST(s.Percent AS REAL)) FROM CostShares s WHERE s.ParticipantId = i.ParticipantId AND s.Payer = 'Programme') / 100.0
                          ELSE CAST(i.Cost AS REAL) END)
        FROM PlanInstruments i JOIN Participants pa ON pa.Id = i.ParticipantId AND pa.ProgrammeId = $p
        WHERE NOT (i.Status = 'Stopped' AND i.ActualStart IS NULL)
        """,
        "SELECT COUNT(*) FROM DurableChecks d " + string.Format(CultureInfo.InvariantCulture, InProgramme, "d") + " WHERE d.Outcome = 'Durable'",
    ];

    /// <summary>Runs every query; returns the rows of each (to compare with DashboardService once, before measuring).</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<object[]>>> RunAsync(string connectionString, int programmeId, DateOnly from, DateOnly until, DateOnly today)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var end = DateOnly.FromDayNumber(Math.Min(until.DayNumber, today.DayNumber));
        var trendEnd = new DateOnly(end.Year, end.Month, 1).AddMonths(1);
        var trendFrom = trendEnd.AddMonths(-12);
        var results = new List<IReadOnlyList<object[]>>();
        foreach (var sql in Queries)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$p", programmeId);
            command.Parameters.AddWithValue("$from", Stamp(from));
            command.Parameters.AddWithValue("$end", Stamp(until.AddDays(1)));
            command.Parameters.AddWithValue("$first", Day(from));
            command.Parameters.AddWithValue("$last", Day(until));
            command.Parameters.AddWithValue("$today", Day(today));
            command.Parameters.AddWithValue("$upcoming", Day(today.AddDays(30)));
            command.Parameters.AddWithValue("$overdue", Day(today.AddDays(-30)));
            command.Parameters.AddWithValue("$trendFrom", Stamp(trendFrom));
            command.Parameters.AddWithValue("$trendEnd", Stamp(trendEnd));
            command.Parameters.AddWithValue("$trendFirst", Day(trendFrom));
            command.Parameters.AddWithValue("$trendAfter", Day(trendEnd));
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<object[]>();
            while (await reader.ReadAsync())
            {
                var row = new object[reader.FieldCount];
                reader.GetValues(row);
                rows.Add(row);
            }

            results.Add(rows);
        }

        return results;
    }

    private static string Breakdown(string key, string joins = "") =>
        $"SELECT {key}, COUNT(*) FROM Placements pl {string.Format(CultureInfo.InvariantCulture, InProgramme, "pl")} {joins} WHERE pl.StartDate BETWEEN $first AND $last GROUP BY 1";

    private static string Stamp(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
