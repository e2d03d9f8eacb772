using Jobportunities.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Audit;

/// <summary>Where the current request comes from, for the audit log (set by the web layer).</summary>
public interface IAuditOrigin
{
    string Describe();
}

public sealed record AuditQuery(string? ActorUserId = null, string? ObjectType = null, string? ObjectId = null, DateOnly? From = null, DateOnly? Until = null, int Page = 1);

public sealed record AuditRow(DateTime AtUtc, string Actor, AuditAction Action, string ObjectType, string ObjectId, AuditResult Result, string Origin, string? Detail);

/// <summary>Appends to the audit log and searches it (leads and administrators).</summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock, IAuditOrigin origin)
{
    public const int PageSize = 50;

    /// <summary>Adds an entry to the unit of work; the caller's SaveChanges writes it with the change itself.</summary>
    public void Add(string actorUserId, AuditAction action, string objectType, object objectId, AuditResult result = AuditResult.Success, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, actorUserId, action, objectType, Convert.ToString(objectId, System.Globalization.CultureInfo.InvariantCulture) ?? "", result, origin.Describe(), detail));

    /// <summary>Writes an entry on its own (reads, refusals).</summary>
    public async Task WriteAsync(string actorUserId, AuditAction action, string objectType, object objectId, AuditResult result = AuditResult.Success, string? detail = null, CancellationToken ct = default)
    {
        Add(actorUserId, action, objectType, objectId, result, detail);
        await db.SaveChangesAsync(ct);
    }

    public async Task<(IReadOnlyList<AuditRow> Rows, int Total)> SearchAsync(AuditQuery query, CancellationToken ct = default)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.ActorUserId))
        {
            entries = entries.Where(e => e.ActorUserId == query.ActorUserId);
        }

        if (!string.IsNullOrWhiteSpace(query.ObjectType))
        {
            entries = entries.Where(e => e.ObjectType.StartsWith(query.ObjectType));
        }

        if (!string.IsNullOrWhiteSpace(query.ObjectId))
        {
            entries = entries.Where(e => e.ObjectId == query.ObjectId);
        }

        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue);
            entries = entries.Where(e => e.AtUtc >= start);
        }

        if (query.Until is { } until)
        {
            var end = until.AddDays(1).ToDateTime(TimeOnly.MinValue);
            entries = entries.Where(e => e.AtUtc < end);
        }

        var total = await entries.CountAsync(ct);
        var rows = await entries.OrderByDescending(e => e.Id)
            .Skip((Math.Max(query.Page, 1) - 1) * PageSize).Take(PageSize)
            .Select(e => new AuditRow(e.AtUtc, db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.DisplayName).FirstOrDefault() ?? e.ActorUserId,
                e.Action, e.ObjectType, e.ObjectId, e.Result, e.Origin, e.Detail))
            .ToListAsync(ct);
        return (rows, total);
    }
}
