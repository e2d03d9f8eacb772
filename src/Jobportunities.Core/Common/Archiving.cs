using Jobportunities.Core.Audit;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Common;

/// <summary>
/// A register record that is archived instead of deleted (ADR 0025): <see cref="ArchivedUtc"/> null
/// means active. Archiving twice or restoring an active record changes nothing (the methods say whether
/// anything changed).
/// </summary>
public interface IArchivable
{
    int Id { get; }

    DateTime? ArchivedUtc { get; }

    bool Archive(DateTime nowUtc);

    bool Restore();
}

/// <summary>
/// Archives or restores one record for a service: find it in the user's reach (not found: 404), check
/// that the user may keep it (refused: 403), archive or restore, audit an update with detail
/// "archive" or "restore" when something changed, save (a concurrent change: conflict).
/// </summary>
public sealed class Archiver(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string NotAllowed = "NotAllowed";

    public static string Detail(bool archived) => archived ? "archive" : "restore";

    public async Task<Result<T>> SetArchivedAsync<T>(StaffUser user, IQueryable<T> inReach, int id, bool archived, bool mayKeep, string objectType, CancellationToken ct)
        where T : class, IArchivable
    {
        var record = await inReach.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return Result<T>.NotFound();
        }

        if (!mayKeep)
        {
            return Result<T>.Refused(NotAllowed);
        }

        if (archived ? record.Archive(clock.GetUtcNow().UtcDateTime) : record.Restore())
        {
            audit.Add(user.Id, AuditAction.Update, objectType, id, detail: Detail(archived));
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return Result<T>.Ok(record);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result<T>.Conflict(await db.Set<T>().AsNoTracking().FirstAsync(r => r.Id == id, ct));
        }
    }
}
