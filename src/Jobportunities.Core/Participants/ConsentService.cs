using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Participants;

public sealed record ConsentChange(ConsentPurpose Purpose, bool Given, ConsentMethod Method, DateOnly Date, string? Note);

/// <summary>The consent ledger of one participant: every dated line, and the current state per purpose (the latest line).</summary>
public sealed record ConsentOverview(
    int ParticipantId,
    string Name,
    string Reference,
    IReadOnlyList<ConsentRecord> Ledger,
    IReadOnlyDictionary<ConsentPurpose, bool> Current,
    IReadOnlyDictionary<string, string> UserNames);

/// <summary>
/// The coach (own or standing in) records a change or withdrawal of a consent in the ledger; the
/// latest line per purpose is the state, which matching, proposals, events and enrolment read at
/// once (<see cref="ConsentLedger"/>). Reads and changes are audited as "Participant.Consent",
/// with the purpose and given/withdrawn (not personal data) but never the note.
/// </summary>
public sealed class ConsentService(AppDbContext db, ParticipantAccess access, AuditLog audit, TimeProvider clock)
{
    public const string ObjectType = "Participant.Consent";

    public const string DateInFuture = "DateInFuture";

    public async Task<Result<ConsentOverview>> ReadAsync(StaffUser user, int participantId, CancellationToken ct = default)
    {
        var (outcome, participant, _) = await OpenAsync(user, participantId, AuditAction.Read, "ledger", ct);
        if (participant is null)
        {
            return outcome == Outcome.Refused ? Result<ConsentOverview>.Refused("NotAllowed") : Result<ConsentOverview>.NotFound();
        }

        var ledger = await db.ConsentRecords.AsNoTracking().Where(c => c.ApplicationId == participant.ApplicationId)
            .OrderByDescending(c => c.RecordedUtc).ThenByDescending(c => c.Id).ToListAsync(ct);
        var current = Enum.GetValues<ConsentPurpose>().ToDictionary(p => p, p => ConsentLedger.IsGiven(ledger, p));
        var userIds = ledger.Select(c => c.RecordedByUserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        await audit.WriteAsync(user.Id, AuditAction.Read, ObjectType, participantId, detail: "ledger", ct: ct);
        return Result<ConsentOverview>.Ok(new ConsentOverview(participant.Id, participant.FullName, participant.Reference, ledger, current, names));
    }

    /// <summary>Adds a line to the ledger. The same state, way and date again (a second click) adds nothing.</summary>
    public async Task<Result<int>> RecordAsync(StaffUser user, int participantId, ConsentChange change, CancellationToken ct = default)
    {
        var what = $"{change.Purpose}:{(change.Given ? "given" : "withdrawn")}";
        var (outcome, participant, _) = await OpenAsync(user, participantId, AuditAction.Update, what, ct);
        if (participant is null)
        {
            return outcome == Outcome.Refused ? Result<int>.Refused("NotAllowed") : Result<int>.NotFound();
        }

        if (change.Date > clock.Today())
        {
            return Result<int>.Invalid(DateInFuture);
        }

        var latest = await db.ConsentRecords.AsNoTracking()
            .Where(c => c.ApplicationId == participant.ApplicationId && c.Purpose == change.Purpose)
            .OrderByDescending(c => c.RecordedUtc).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        if (latest is not null && latest.Given == change.Given && latest.Method == change.Method && latest.GivenOn == change.Date)
        {
            return Result<int>.Ok(latest.Id);
        }

        var record = new ConsentRecord(participant.ApplicationId, change.Purpose, change.Given, change.Method, clock.GetUtcNow().UtcDateTime, user.Id, change.Note, change.Date);
        db.ConsentRecords.Add(record);
        audit.Add(user.Id, AuditAction.Update, ObjectType, participantId, detail: what + ",method,date" + (record.Note is null ? "" : ",note"));
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(record.Id);
    }

    /// <summary>Only the own coach and a stand-in keep the ledger; others who may read the file are refused, the rest do not find it.</summary>
    private Task<Result<Participant>> OpenAsync(StaffUser user, int participantId, AuditAction action, string what, CancellationToken ct) =>
        access.OpenForKeeperAsync(user, db.Participants.AsNoTracking(), participantId,
            result => audit.WriteAsync(user.Id, action, ObjectType, participantId, result, what, ct), ct: ct);
}
