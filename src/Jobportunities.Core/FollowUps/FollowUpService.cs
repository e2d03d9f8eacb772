using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.FollowUps;

/// <summary>
/// Lists, reads and records the follow-ups six months after leaving, with the rights of durable
/// checks: the coach of the file (or their stand-in) records, a lead of the programme reads.
/// The rule is <see cref="FollowUpRule"/>; opening and withdrawing happen with the exit and the re-entry.
/// </summary>
public sealed class FollowUpService(AppDbContext db, ParticipantAccess access, AuditLog audit, TimeProvider clock)
{
    public const string ObjectType = "Participant.FollowUp";

    /// <summary>Opens the follow-up of a participant who has just left (saved with the caller's changes).</summary>
    public static void OpenOnExit(AppDbContext db, Participant participant)
    {
        if (participant.ExitDate is { } exit)
        {
            db.FollowUps.Add(new FollowUp(participant.Id, exit));
        }
    }

    /// <summary>
    /// A person who comes back to the programme (the re-entry rule's person: name and birth date) is
    /// followed up again after the next exit: the open follow-ups of their earlier participations are
    /// withdrawn. Saved with the caller's changes.
    /// </summary>
    public static async Task WithdrawOnReEntryAsync(AppDbContext db, int programmeId, string givenName, string familyName, DateOnly birthDate, DateTime nowUtc, CancellationToken ct)
    {
        var nameKey = (givenName + familyName).ToLowerInvariant().Replace(" ", "").Replace("-", "").Replace("'", "").Replace(".", "");
        var earlier = ReEntryRule.SamePersonWithoutKey(db.Participants.Where(p => p.ProgrammeId == programmeId), nameKey, birthDate).Select(p => p.Id);
        foreach (var followUp in await db.FollowUps.Where(f => f.Situation == null && f.WithdrawnUtc == null && earlier.Contains(f.ParticipantId)).ToListAsync(ct))
        {
            followUp.Withdraw(nowUtc);
        }
    }

    /// <summary>The follow-up of one file, for the file page (already audited there).</summary>
    public Task<FollowUp?> ForParticipantAsync(int participantId, CancellationToken ct = default) =>
        db.FollowUps.AsNoTracking().FirstOrDefaultAsync(f => f.ParticipantId == participantId, ct);

    public async Task<(FollowUp FollowUp, Participant Participant, FileRights Rights)?> FindAsync(StaffUser user, int id, CancellationToken ct = default)
    {
        var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.Id == id, ct);
        var participant = followUp is null ? null : await db.Participants.FirstOrDefaultAsync(p => p.Id == followUp.ParticipantId, ct);
        var rights = participant is null ? FileRights.None : await access.RightsAsync(user, participant, ct);
        return participant is null || !(rights.SeesProfile || rights.CanAssignCoach) ? null : (followUp!, participant, rights);
    }

    /// <summary>The follow-up's page: the read is audited, also when it is out of reach.</summary>
    public async Task<(FollowUp FollowUp, Participant Participant, FileRights Rights)?> ReadAsync(StaffUser user, int id, CancellationToken ct = default)
    {
        var found = await FindAsync(user, id, ct);
        if (found is { } f)
        {
            await audit.WriteAsync(user.Id, AuditAction.Read, ObjectType, f.Participant.Id, detail: "follow-up", ct: ct);
        }
        else
        {
            await audit.WriteAsync(user.Id, AuditAction.Read, AuditObjects.FollowUps, id, AuditResult.NotFound, "follow-up", ct);
        }

        return found;
    }

    /// <summary>
    /// Whether the participant was employed at entry as the export counts it (<see cref="EntryStatusQueries.Employed"/>):
    /// the follow-up then asks whether their situation improved.
    /// </summary>
    public Task<bool> EmployedAtEntryAsync(int participantId, CancellationToken ct = default) =>
        db.Participants.Where(p => p.Id == participantId).Where(EntryStatusQueries.Employed(db)).AnyAsync(ct);

    /// <summary>Records the situation six months after leaving: the coach of the file or their stand-in.</summary>
    public async Task<Result<int>> RecordAsync(StaffUser user, int id, FollowUpInput input, CancellationToken ct = default)
    {
        var found = await FindAsync(user, id, ct);
        if (found is not { } f)
        {
            return Result<int>.NotFound();
        }

        if (!f.Rights.CanEdit)
        {
            return Result<int>.Refused("NotAllowed");
        }

        var employedAtEntry = await EmployedAtEntryAsync(f.Participant.Id, ct);
        if (f.FollowUp.Record(input.Situation, input.Source, input.RecordedOn, input.Note, user.Id, clock.GetUtcNow().UtcDateTime, clock.Today(), employedAtEntry, input.Improvement) is { } refusal)
        {
            return Result<int>.Invalid(refusal);
        }

        audit.Add(user.Id, AuditAction.Update, ObjectType, f.Participant.Id, detail: "follow-up:" + input.Situation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result<int>.Invalid("AlreadyRecorded");
        }

        return Result<int>.Ok(id);
    }
}
