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

    public Task<ParticipantFile?> ReadAsync(StaffUser user, int id, CancellationToken ct = default) => ReadAsync(user, id, null, false, ct);

    /// <summary>
    /// Reads the file once for a page: the participant with the programme's name, the coach's name
    /// and the user's relation to the participant in one query. <paramref name="alongside"/> reads
    /// the page's other sections for someone whose rights were checked and names them (e.g. "plan");
    /// they are added to the one audit row of the page view, saved before anything is returned.
    /// </summary>
    /// <param name="withSummary">Also read the summary's stand-in, placement, durable check and signals (the file page; not its edit pages).</param>
    public async Task<ParticipantFile?> ReadAsync(StaffUser user, int id, Func<Participant, FileRights, Task<string?>>? alongside, bool withSummary, CancellationToken ct = default)
    {
        var found = await access.RelationOf(user, db.Participants.AsNoTracking().Where(p => p.Id == id))
            .Select(x => new
            {
                x.Participant,
                x.IsStandIn,
                x.IsMember,
                x.EmployersMaySee,
                Programme = x.Participant.Programme!.Name,
                Coach = db.Users.Where(u => u.Id == x.Participant.CoachId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        var participant = found?.Participant;
        var rights = participant is null ? FileRights.None : ParticipantAccess.Rights(user, participant, new FileRelation(found!.IsStandIn, found.IsMember, found.EmployersMaySee));
        if (participant is null || !rights.CanRead)
        {
            await audit.WriteAsync(user.Id, AuditAction.Read, ObjectType, id, AuditResult.NotFound, ct: ct);
            return null;
        }

        var also = alongside is null ? null : await alongside(participant, rights);
        var summary = withSummary && FileSummary.SeesPlacements(rights);
        await audit.WriteAsync(user.Id, AuditAction.Read, ObjectType, id,
            detail: string.Join(',', new[] { Sections(rights), also, summary ? "placements" : null }.Where(x => !string.IsNullOrEmpty(x))), ct: ct);
        return await LoadAsync(participant, found!.Programme, found.Coach ?? "", rights, summary, ct);
    }

    /// <summary>Loads a file for someone whose rights were checked; the authors' names come with the rows.</summary>
    private async Task<ParticipantFile> LoadAsync(Participant p, string programme, string coachName, FileRights rights, bool summary, CancellationToken ct)
    {
        var names = new Dictionary<string, string> { [p.CoachId] = coachName };
        List<T> Named<T>(IEnumerable<(T Row, string UserId, string? Name)> rows)
        {
            foreach (var row in rows.Where(r => r.Name is not null))
            {
                names[row.UserId] = row.Name!;
            }

            return rows.Select(r => r.Row).ToList();
        }

        // The phase and ladder history in one query (both short: a handful of phases, a ladder step a month at most).
        var history = rights.SeesProfile
            ? await db.Participants.AsNoTracking().Where(x => x.Id == p.Id).Select(x => new
            {
                Phases = db.PhaseChanges.Where(c => c.ParticipantId == x.Id).OrderByDescending(c => c.AtUtc)
                    .Select(c => new { Row = c, Name = db.Users.Where(u => u.Id == c.ByUserId).Select(u => u.DisplayName).FirstOrDefault() }).ToList(),
                Ladder = db.LadderRecords.Where(l => l.ParticipantId == x.Id).OrderByDescending(l => l.Date).ThenByDescending(l => l.Id)
                    .Select(l => new { Row = l, Name = db.Users.Where(u => u.Id == l.ByUserId).Select(u => u.DisplayName).FirstOrDefault() }).ToList(),
            }).FirstAsync(ct)
            : null;
        var phases = history is null ? [] : Named(history.Phases.Select(x => (x.Row, x.Row.ByUserId, x.Name)));
        var ladder = history is null ? [] : Named(history.Ladder.Select(x => (x.Row, x.Row.ByUserId, x.Name)));
        var contacts = rights.SeesJournal
            ? Named((await db.ContactMoments.AsNoTracking().Where(x => x.ParticipantId == p.Id).OrderByDescending(x => x.Date).ThenByDescending(x => x.Id)
                .Select(x => new { Row = x, Name = db.Users.Where(u => u.Id == x.ByUserId).Select(u => u.DisplayName).FirstOrDefault() }).ToListAsync(ct))
                .Select(x => (x.Row, x.Row.ByUserId, x.Name)))
            : [];
        var barriers = !rights.SeesBarriers ? []
            : rights.SeesHealth
            ? await db.BarrierAssessments.AsNoTracking().Include(b => b.Ratings).Where(x => x.ParticipantId == p.Id).OrderByDescending(x => x.Date).ThenByDescending(x => x.Id).ToListAsync(ct)
            : await WithoutHealthAsync(p.Id, ct);

        // The scan's three short lists in one query (a few rows each).
        var scan = rights.SeesWorkProfile
            ? await db.Participants.AsNoTracking().Where(x => x.Id == p.Id).Select(x => new
            {
                Experience = db.ScanExperiences.Where(s => s.ParticipantId == x.Id).OrderBy(s => s.Id).ToList(),
                Skills = db.ScanSkills.Where(s => s.ParticipantId == x.Id).OrderBy(s => s.Name).ToList(),
                Languages = db.ScanLanguages.Where(s => s.ParticipantId == x.Id).OrderBy(s => s.Language).ToList(),
            }).FirstAsync(ct)
            : null;

        // The consents with the stored (encrypted) BSN, which only those who may edit the file receive; on the
        // file page the summary's stand-in, placements and durable checks come in the same query (a few rows each).
        // One shape per case: a collection whose filter is a false parameter would need APPLY, which SQLite lacks.
        // The placements are joined with their employer: the participant is named as a parameter too, so the
        // joined subquery reads this person's placements only, not every placement of the database (docs/performance.md).
        var mayEdit = rights.CanEdit;
        var today = clock.Today();
        var id = p.Id;
        var application = rights.SeesProfile && !summary
            ? await db.Applications.AsNoTracking().Where(a => a.Id == p.ApplicationId).Select(a => new FileRows
            {
                Bsn = mayEdit ? a.BsnProtected : null,
                Consents = db.ConsentRecords.Where(c => c.ApplicationId == a.Id).OrderBy(c => c.RecordedUtc).ThenBy(c => c.Id).ToList(),
            }).FirstOrDefaultAsync(ct)
            : rights.SeesProfile
            ? await db.Participants.AsNoTracking().Where(x => x.Id == p.Id).Select(x => new FileRows
            {
                Bsn = db.Applications.Where(a => a.Id == x.ApplicationId).Select(a => a.BsnProtected).FirstOrDefault(),
                Consents = db.ConsentRecords.Where(c => c.ApplicationId == x.ApplicationId).OrderBy(c => c.RecordedUtc).ThenBy(c => c.Id).ToList(),
                StandIn = db.StandIns.Where(s => s.AbsentCoachId == x.CoachId && s.EndedUtc == null && s.From <= today && s.Until >= today).OrderBy(s => s.Until)
                    .Select(s => db.Users.Where(u => u.Id == s.StandInCoachId).Select(u => u.DisplayName).FirstOrDefault()).FirstOrDefault(),
                Placements = db.Placements.Where(pl => pl.ParticipantId == x.Id && pl.ParticipantId == id).Select(pl => new PlacementRow { Placement = pl, Employer = pl.Employer!.Name }).ToList(),
                Checks = db.DurableChecks.Where(c => c.ParticipantId == x.Id).ToList(),
                Rule = x.Programme!.DurableRule,
            }).FirstAsync(ct)
            : summary
            ? await db.Participants.AsNoTracking().Where(x => x.Id == p.Id).Select(x => new FileRows
            {
                StandIn = db.StandIns.Where(s => s.AbsentCoachId == x.CoachId && s.EndedUtc == null && s.From <= today && s.Until >= today).OrderBy(s => s.Until)
                    .Select(s => db.Users.Where(u => u.Id == s.StandInCoachId).Select(u => u.DisplayName).FirstOrDefault()).FirstOrDefault(),
                Placements = db.Placements.Where(pl => pl.ParticipantId == x.Id && pl.ParticipantId == id).Select(pl => new PlacementRow { Placement = pl, Employer = pl.Employer!.Name }).ToList(),
                Checks = db.DurableChecks.Where(c => c.ParticipantId == x.Id).ToList(),
                Rule = x.Programme!.DurableRule,
            }).FirstAsync(ct)
            : null;

        var missing = barriers.Select(x => x.ByUserId).Where(u => !names.ContainsKey(u)).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var user in await db.Users.Where(u => missing.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
            {
                names[user.Id] = user.DisplayName;
            }
        }

        return new ParticipantFile(p, rights, programme, coachName, phases, ladder, contacts, barriers,
            scan?.Experience ?? [], scan?.Skills ?? [], scan?.Languages ?? [], application?.Consents ?? [], names)
        {
            ProtectedBsn = mayEdit ? application?.Bsn : null,
            Summary = summary && application?.Rule is { } rule
                ? FileSummary.From(p, application.StandIn, application.Placements.Select(x => (x.Placement, x.Employer)).ToList(), application.Checks, rule, today)
                : FileSummary.Empty,
        };
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

    /// <summary>What the file's last query reads: consents and BSN, and on the file page the summary's rows.</summary>
    private sealed class FileRows
    {
        public string? Bsn { get; init; }

        public List<Intake.ConsentRecord> Consents { get; init; } = [];

        public string? StandIn { get; init; }

        public List<PlacementRow> Placements { get; init; } = [];

        public List<Placements.DurableCheck> Checks { get; init; } = [];

        public Programmes.DurableCheckRule? Rule { get; init; }
    }

    private sealed class PlacementRow
    {
        public required Placements.Placement Placement { get; init; }

        public string Employer { get; init; } = "";
    }
}
