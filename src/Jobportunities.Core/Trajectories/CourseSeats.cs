using Jobportunities.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Trajectories;

/// <summary>
/// Seats taken and freed in the database in one conditional statement each, so two coaches
/// enrolling at the same moment can never overbook a run, on SQLite and SQL Server alike
/// (docs/adr/0008-course-seats-conditional-update.md). Each returns whether a row changed.
/// </summary>
public static class CourseSeats
{
    public static async Task<bool> TryTakeAsync(AppDbContext db, int runId, CancellationToken ct = default) =>
        await db.CourseRuns
            .Where(r => r.Id == runId && r.SeatsTaken < r.Seats)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.SeatsTaken, r => r.SeatsTaken + 1), ct) == 1;

    public static async Task<bool> ReleaseAsync(AppDbContext db, int runId, CancellationToken ct = default) =>
        await db.CourseRuns
            .Where(r => r.Id == runId && r.SeatsTaken > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.SeatsTaken, r => r.SeatsTaken - 1), ct) == 1;

    /// <summary>Sets the capacity unless more seats are taken than that (checked in the same statement).</summary>
    public static async Task<bool> TryChangeSeatsAsync(AppDbContext db, int runId, int seats, CancellationToken ct = default) =>
        seats is >= 1 and <= CourseRun.MaximumSeats
        && await db.CourseRuns
            .Where(r => r.Id == runId && r.SeatsTaken <= seats)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Seats, seats), ct) == 1;
}
