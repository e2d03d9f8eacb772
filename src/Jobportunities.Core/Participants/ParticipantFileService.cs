using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Participants;

/// <summary>
/// Reads and changes participant files under <see cref="ParticipantAccess"/>. Every read and
/// every change, allowed or refused, is written to the audit log, naming fields, never values.
/// A file outside the user's reach is "not found", so its existence does not leak.
/// </summary>
public sealed partial class ParticipantFileService(AppDbContext db, ParticipantAccess access, AuditLog audit, TimeProvider clock)
{
    public const string ObjectType = "Participant";

    public async Task<ParticipantFile?> ReadAsync(StaffUser user, int id, CancellationToken ct = default)
    {
        // The programme's name comes with the participant: one round trip fewer per view.
        var found = await db.Participants.AsNoTracking().Where(p => p.Id == id).Select(p => new { Participant = p, Programme = p.Programme!.Name }).FirstOrDefaultAsync(ct);
        var participant = found?.Participant;
        var rights = participant is null ? FileRights.None : await access.RightsAsync(user, participant, ct);
        if (participant is null || !rights.CanRead)
        {
            await audit.WriteAsync(user.Id, AuditAction.Read, ObjectType, id, AuditResult.NotFound, ct: ct);
            return null;
        }

        await audit.WriteAsync(user.Id, AuditAction.Read, ObjectType, id, detail: Sections(rights), ct: ct);
        return await LoadAsync(participant, found!.Programme, rights, ct);
    }

    /// <summary>Loads a file for someone whose rights were checked.</summary>
    private async Task<ParticipantFile> LoadAsync(Participant p, string programme, FileRights rights, CancellationToken ct)
    {
        var phases = rights.SeesProfile ? await db.PhaseChanges.Where(x => x.ParticipantId == p.Id).OrderByDescending(x => x.AtUtc).ToListAsync(ct) : [];
        var ladder = rights.SeesProfile ? await db.LadderRecords.Where(x => x.ParticipantId == p.Id).OrderByDescending(x => x.Date).ThenByDescending(x => x.Id).ToListAsync(ct) : [];
        var contacts = rights.SeesJournal ? await db.ContactMoments.Where(x => x.ParticipantId == p.Id).OrderByDescending(x => x.Date).ThenByDescending(x => x.Id).ToListAsync(ct) : [];
        var barriers = !rights.SeesBarriers ? []
            : rights.SeesHealth
            ? await db.BarrierAssessments.Include(b => b.Ratings).Where(x => x.ParticipantId == p.Id).OrderByDescending(x => x.Date).ThenByDescending(x => x.Id).ToListAsync(ct)
            : await WithoutHealthAsync(p.Id, ct);
        var experience = rights.SeesWorkProfile ? await db.ScanExperiences.Where(x => x.ParticipantId == p.Id).OrderBy(x => x.Id).ToListAsync(ct) : [];
        var skills = rights.SeesWorkProfile ? await db.ScanSkills.Where(x => x.ParticipantId == p.Id).OrderBy(x => x.Name).ToListAsync(ct) : [];
        var languages = rights.SeesWorkProfile ? await db.ScanLanguages.Where(x => x.ParticipantId == p.Id).OrderBy(x => x.Language).ToListAsync(ct) : [];
        var consents = rights.SeesProfile ? await db.ConsentRecords.Where(c => c.ApplicationId == p.ApplicationId).OrderBy(c => c.RecordedUtc).ThenBy(c => c.Id).ToListAsync(ct) : [];
        var userIds = phases.Select(x => x.ByUserId).Concat(ladder.Select(x => x.ByUserId)).Concat(contacts.Select(x => x.ByUserId))
            .Concat(barriers.Select(x => x.ByUserId)).Append(p.CoachId).Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return new ParticipantFile(p, rights, programme, names.GetValueOrDefault(p.CoachId, ""), phases, ladder, contacts, barriers, experience, skills, languages, consents, names);
    }

    /// <summary>
    /// Barrier assessments for someone who may not see health (a stand-in coach): the health rating
    /// and the functional limitations are not even read from the database.
    /// </summary>
    private async Task<List<BarrierAssessment>> WithoutHealthAsync(int participantId, CancellationToken ct)
    {
        var rows = await db.BarrierAssessments.AsNoTracking().Where(x => x.ParticipantId == participantId)
            .OrderByDescending(x => x.Date).ThenByDescending(x => x.Id)
            .Select(x => new { x.Id, x.Moment, x.Date, x.ByUserId, Ratings = x.Ratings.Where(r => r.Kind != BarrierKind.Health).Select(r => new { r.Kind, r.Severity }).ToList() })
            .ToListAsync(ct);
        return rows.Select(x => BarrierAssessment.WithoutHealth(x.Id, participantId, x.Moment, x.Date, x.Ratings.ToDictionary(r => r.Kind, r => r.Severity), x.ByUserId)).ToList();
    }

    /// <summary>Runs a change on the file when the user may edit it; refusals and conflicts are audited too.</summary>
    private async Task<Result<Participant>> ChangeAsync(StaffUser user, int id, Guid? expectedVersion, string what, Func<Participant, FileRights, string?> change, CancellationToken ct, bool needsAssign = false)
    {
        var participant = await db.Participants.FirstOrDefaultAsync(p => p.Id == id, ct);
        var rights = participant is null ? FileRights.None : await access.RightsAsync(user, participant, ct);
        if (participant is null || !rights.CanRead)
        {
            await audit.WriteAsync(user.Id, AuditAction.Update, ObjectType, id, AuditResult.NotFound, what, ct);
            return Result<Participant>.NotFound();
        }

        if (needsAssign ? !rights.CanAssignCoach : !rights.CanEdit)
        {
            db.ChangeTracker.Clear();
            await audit.WriteAsync(user.Id, AuditAction.Update, ObjectType, id, AuditResult.Denied, what, ct);
            return Result<Participant>.Refused("NotAllowed");
        }

        if (expectedVersion is { } version && version != participant.Version)
        {
            db.ChangeTracker.Clear();
            await audit.WriteAsync(user.Id, AuditAction.Update, ObjectType, id, AuditResult.Conflict, what, ct);
            return Result<Participant>.Conflict(await db.Participants.AsNoTracking().FirstAsync(p => p.Id == id, ct));
        }

        // The change returns what it changed (field names for the audit line), or null when refused by a rule.
        var changed = change(participant, rights);
        if (changed is null)
        {
            db.ChangeTracker.Clear();
            return Result<Participant>.Invalid(what);
        }

        audit.Add(user.Id, AuditAction.Update, ObjectType, id, AuditResult.Success, changed);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result<Participant>.Conflict(await db.Participants.AsNoTracking().FirstAsync(p => p.Id == id, ct));
        }

        return Result<Participant>.Ok(participant);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string Sections(FileRights r) =>
        string.Join(',', new[] { r.SeesProfile ? "profile" : null, r.SeesWorkProfile ? "work-profile" : null, r.SeesJournal ? "journal" : null, r.SeesBarriers ? "barriers" : null, r.SeesHealth ? "health" : null }.OfType<string>());
}
