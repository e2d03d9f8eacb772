using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
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
public sealed class AuditLog(AppDbContext db, TimeProvider clock, IAuditOrigin origin, AuditGroupCommit? groups = null)
{
    public const int PageSize = 50;

    /// <summary>Object type of sign-in and account events.</summary>
    public const string AccountObject = "Account";

    /// <summary>The actor of an event without a known account (a failed sign-in with an unknown address).</summary>
    public const string UnknownActor = "unknown";

    /// <summary>
    /// Writes a sign-in or account event (e.g. "sign-in", "sign-in:locked-out", "sign-out") on its own.
    /// For an address that belongs to no account the actor and object are "unknown": the typed
    /// address is not written at all (a hash of an e-mail address is easily reversed by guessing).
    /// </summary>
    public Task AccountEventAsync(string? userId, string what, AuditResult result, CancellationToken ct = default) =>
        WriteAsync(userId ?? UnknownActor, AuditAction.Read, AccountObject, userId ?? UnknownActor, result, what, ct);

    /// <summary>Adds an entry to the unit of work; the caller's SaveChanges writes it with the change itself.</summary>
    public void Add(string actorUserId, AuditAction action, string objectType, object objectId, AuditResult result = AuditResult.Success, string? detail = null) =>
        db.AuditEntries.Add(Entry(actorUserId, action, objectType, objectId, result, detail));

    /// <summary>
    /// Writes the row and returns once it is committed. A row on its own (nothing else pending in the
    /// context) on a SQLite file is committed together with the rows of concurrent requests
    /// (<see cref="AuditGroupCommit"/>); otherwise it is saved with the context's other changes.
    /// </summary>
    public async Task WriteAsync(string actorUserId, AuditAction action, string objectType, object objectId, AuditResult result = AuditResult.Success, string? detail = null, CancellationToken ct = default)
    {
        if (groups is not null && AuditGroupCommit.Accepts(db))
        {
            await groups.AppendAsync(Entry(actorUserId, action, objectType, objectId, result, detail));
            return;
        }

        Add(actorUserId, action, objectType, objectId, result, detail);
        await db.SaveChangesAsync(ct);
    }

    private AuditEntry Entry(string actorUserId, AuditAction action, string objectType, object objectId, AuditResult result, string? detail) =>
        new(clock.GetUtcNow().UtcDateTime, actorUserId, action, objectType, Convert.ToString(objectId, System.Globalization.CultureInfo.InvariantCulture) ?? "", result, origin.Describe(), detail);

    /// <summary>
    /// Searches the log: an administrator all of it, anyone else only entries about records of the
    /// programmes they are a member of (participants, applications, the programme itself and its
    /// vacancies). Entries not tied to a programme (sign-ins, users, organisations) are for administrators.
    /// </summary>
    public async Task<(IReadOnlyList<AuditRow> Rows, int Total)> SearchAsync(StaffUser viewer, AuditQuery query, CancellationToken ct = default)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!viewer.IsInRole(Roles.Administrator))
        {
            entries = InReach(entries, viewer.Id);
        }

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

    private IQueryable<AuditEntry> InReach(IQueryable<AuditEntry> entries, string userId)
    {
        var programmes = db.ProgrammeMembers.Where(m => m.UserId == userId).Select(m => m.ProgrammeId);
        var programmeIds = programmes.Select(id => id.ToString());
        var participantIds = db.Participants.Where(p => programmes.Contains(p.ProgrammeId)).Select(p => p.Id.ToString());
        var applicationIds = db.Applications.Where(a => programmes.Contains(a.ProgrammeId)).Select(a => a.Id.ToString());
        var vacancyIds = db.Vacancies.Where(v => programmes.Contains(v.ProgrammeId)).Select(v => v.Id.ToString());
        return entries.Where(e =>
            (e.ObjectType.StartsWith(AuditObjects.Participant) && participantIds.Contains(e.ObjectId))
            || (e.ObjectType.StartsWith(AuditObjects.Application) && applicationIds.Contains(e.ObjectId))
            || (e.ObjectType.StartsWith(AuditObjects.Programme) && programmeIds.Contains(e.ObjectId))
            || (e.ObjectType.StartsWith(AuditObjects.Vacancy) && vacancyIds.Contains(e.ObjectId)));
    }
}

/// <summary>
/// The first part of an object type says what its id is: a participant, an application, a
/// programme or a vacancy. The audit page's reach for leads depends on it.
/// </summary>
public static class AuditObjects
{
    public const string Participant = "Participant";
    public const string Application = "Application";
    public const string Programme = "Programme";
    public const string Vacancy = "Vacancy";
    public const string User = "User";
    public const string StandIn = "StandIn";
    public const string Organisation = "Organisation";
    public const string Caseload = "Caseload";
    public const string IntakeQueue = "IntakeQueue";
    public const string DurableChecks = "DurableChecks";
    public const string FollowUps = "FollowUps";
    public const string Referral = "Referral";
    public const string Today = "Today";
}
