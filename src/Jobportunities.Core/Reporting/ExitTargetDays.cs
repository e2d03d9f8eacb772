using Jobportunities.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// Fills the stored target days (<c>ExitStatusDay</c>, <c>ExitSixMonthDay</c>) of exits written
/// before those columns existed, once at start-up: the ESF+ queries compare stored days and add
/// no days or months in SQL, so SQLite and SQL Server count the same (docs/adr/0024).
/// </summary>
public static class ExitTargetDays
{
    public static async Task<int> FillMissingAsync(AppDbContext db, CancellationToken ct = default)
    {
        var missing = await db.Participants
            .Where(p => p.ExitDate != null && (p.ExitStatusDay == null || p.ExitSixMonthDay == null))
            .ToListAsync(ct);
        foreach (var participant in missing)
        {
            participant.FillExitTargetDays();
        }

        await db.SaveChangesAsync(ct);
        return missing.Count;
    }
}
