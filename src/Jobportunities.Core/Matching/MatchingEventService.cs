using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Matching;

/// <summary>
/// Matching events of the programmes a user works in. Advisers and leads create them and invite
/// employers; anyone of the programme invites the active candidates they see, records who came
/// (from the day itself) and the conversations that followed. Placements that came from an event
/// are read from the placements (Placement.MatchingEventId).
/// </summary>
public sealed class MatchingEventService(AppDbContext db, CandidateReach reach, EmployerService employers, TimeProvider clock, AuditLog audit)
{
    public const string ObjectType = "MatchingEvent";

    /// <summary>An archived event takes no new invitations or conversations (ADR 0025).</summary>
    public const string Archived = "Archived";

    /// <summary>The events without the archived ones, or (archived: true) only the archived ones, to find and restore them.</summary>
    public async Task<IReadOnlyList<EventRow>> ListAsync(StaffUser user, CancellationToken ct = default, bool archived = false) =>
        await InReach(user).Where(e => (e.ArchivedUtc != null) == archived)
            .OrderByDescending(e => e.Date).ThenBy(e => e.Title)
            .Select(e => new EventRow(e.Id, e.Title, e.Date, e.Place, db.Programmes.Where(p => p.Id == e.ProgrammeId).Select(p => p.Name).First(),
                e.Candidates.Count, e.Employers.Count, e.Conversations.Count, db.Placements.Count(p => p.MatchingEventId == e.Id)))
            .ToListAsync(ct);

    public async Task<EventDetails?> FindAsync(StaffUser user, int id, CancellationToken ct = default)
    {
        var matchingEvent = await InReach(user).Include(e => e.Candidates).Include(e => e.Employers).Include(e => e.Conversations).AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (matchingEvent is null)
        {
            return null;
        }

        var placements = await db.Placements.AsNoTracking().Where(p => p.MatchingEventId == id).OrderBy(p => p.StartDate).ToListAsync(ct);
        var involved = matchingEvent.Candidates.Select(c => c.ParticipantId).Concat(placements.Select(p => p.ParticipantId)).Distinct().ToList();
        var (_, seen) = await reach.CandidatesAsync(user, matchingEvent.ProgrammeId, involved, ct);
        var candidate = seen.ToDictionary(c => c.Id);
        var (_, active) = await reach.CandidatesAsync(user, matchingEvent.ProgrammeId, ct: ct);
        var employerIds = matchingEvent.Employers.Select(e => e.EmployerId).Concat(placements.Select(p => p.EmployerId)).ToList();
        var employerNames = await db.Employers.AsNoTracking().Where(e => employerIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => new { e.Name, e.City }, ct);
        var userIds = matchingEvent.Conversations.Select(c => c.RecordedByUserId).Distinct().ToList();
        var userNames = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var invitedEmployers = matchingEvent.Employers.Select(e => e.EmployerId).ToHashSet();
        var canInviteEmployers = EmployerService.MayManage(user);

        return new EventDetails(
            matchingEvent,
            await db.Programmes.Where(p => p.Id == matchingEvent.ProgrammeId).Select(p => p.Name).FirstAsync(ct),
            matchingEvent.Candidates.Where(c => candidate.ContainsKey(c.ParticipantId)).Select(c => new EventCandidateRow(candidate[c.ParticipantId], c.Attendance))
                .OrderBy(r => r.Candidate.Name, StringComparer.CurrentCulture).ToList(),
            matchingEvent.Employers.Select(e => new EventEmployerRow(e.EmployerId, employerNames[e.EmployerId].Name, employerNames[e.EmployerId].City, e.Attendance))
                .OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList(),
            matchingEvent.Conversations.Where(c => candidate.ContainsKey(c.ParticipantId)).OrderBy(c => c.RecordedUtc)
                .Select(c => new EventConversationRow(candidate[c.ParticipantId], employerNames[c.EmployerId].Name, c.Outcome, userNames.GetValueOrDefault(c.RecordedByUserId, ""), c.RecordedUtc)).ToList(),
            placements.Where(p => candidate.ContainsKey(p.ParticipantId))
                .Select(p => new EventPlacementRow(candidate[p.ParticipantId], employerNames[p.EmployerId].Name, p.Kind, p.StartDate, p.EndDate)).ToList(),
            active.Where(c => matchingEvent.Candidates.All(x => x.ParticipantId != c.Id)).ToList(),
            canInviteEmployers ? (await employers.SearchAsync(user, null, null, ct)).Where(e => !invitedEmployers.Contains(e.Id)).ToList() : [],
            canInviteEmployers,
            clock.Today() >= matchingEvent.Date);
    }

    public async Task<Result<int>> CreateAsync(StaffUser user, EventInput input, CancellationToken ct = default)
    {
        if (!EmployerService.MayManage(user))
        {
            return Result<int>.Refused(EmployerService.NotAllowed);
        }

        if (!await db.ProgrammeMembers.AnyAsync(m => m.UserId == user.Id && m.ProgrammeId == input.ProgrammeId, ct))
        {
            return Result<int>.Invalid("Programme");
        }

        var matchingEvent = new MatchingEvent(input.ProgrammeId, input.Title, input.Date, input.Place, input.Description, user.Id, clock.GetUtcNow().UtcDateTime);
        db.MatchingEvents.Add(matchingEvent);
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(matchingEvent.Id);
    }

    /// <summary>Archives (true) or restores (false) an event: advisers and leads of its programme (ADR 0025). Audited.</summary>
    public Task<Result<MatchingEvent>> SetArchivedAsync(StaffUser user, int id, bool archived, CancellationToken ct = default) =>
        new Archiver(db, audit, clock).SetArchivedAsync(user, InReach(user, tracked: true), id, archived, EmployerService.MayManage(user), ObjectType, ct);

    public Task<Result<int>> InviteCandidateAsync(StaffUser user, int id, int participantId, CancellationToken ct = default) =>
        ChangeAsync(user, id, participantId, activeOnly: true, (e, now) => e.IsArchived ? Archived : e.InviteCandidate(participantId, user.Id, now) ? null : "AlreadyInvited", ct);

    public async Task<Result<int>> InviteEmployerAsync(StaffUser user, int id, int employerId, CancellationToken ct = default)
    {
        if (!await db.Employers.AnyAsync(e => e.Id == employerId && e.ArchivedUtc == null, ct))
        {
            return Result<int>.Invalid("Employer");
        }

        return !EmployerService.MayManage(user) && await InReach(user).AnyAsync(e => e.Id == id, ct)
            ? Result<int>.Refused(EmployerService.NotAllowed)
            : await ChangeAsync(user, id, null, false, (e, now) => e.IsArchived ? Archived : e.InviteEmployer(employerId, user.Id, now) ? null : "AlreadyInvited", ct);
    }

    public Task<Result<int>> RecordCandidateAttendanceAsync(StaffUser user, int id, int participantId, Attendance attendance, CancellationToken ct = default) =>
        ChangeAsync(user, id, participantId, false, (e, _) => e.RecordCandidateAttendance(participantId, attendance, clock.Today()) ? null : "Attendance", ct);

    public Task<Result<int>> RecordEmployerAttendanceAsync(StaffUser user, int id, int employerId, Attendance attendance, CancellationToken ct = default) =>
        ChangeAsync(user, id, null, false, (e, _) => e.RecordEmployerAttendance(employerId, attendance, clock.Today()) ? null : "Attendance", ct);

    public Task<Result<int>> RecordConversationAsync(StaffUser user, int id, int participantId, int employerId, string outcome, CancellationToken ct = default) =>
        ChangeAsync(user, id, participantId, false, (e, now) => e.IsArchived ? Archived : e.RecordConversation(participantId, employerId, outcome, user.Id, now, clock.Today()) is null ? "Conversation" : null, ct);

    /// <summary>Loads the event in reach, checks that the user sees the candidate (when one is named), applies the change (it returns an error code or null) and saves.</summary>
    private async Task<Result<int>> ChangeAsync(StaffUser user, int id, int? participantId, bool activeOnly, Func<MatchingEvent, DateTime, string?> change, CancellationToken ct)
    {
        var matchingEvent = await InReach(user, tracked: true).Include(e => e.Candidates).Include(e => e.Employers).Include(e => e.Conversations).AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (matchingEvent is null)
        {
            return Result<int>.NotFound();
        }

        if (participantId is { } pid)
        {
            var (_, seen) = await reach.CandidatesAsync(user, matchingEvent.ProgrammeId, activeOnly ? null : [pid], ct);
            if (seen.All(c => c.Id != pid))
            {
                return Result<int>.Invalid("Candidate");
            }
        }

        var problem = change(matchingEvent, clock.GetUtcNow().UtcDateTime);
        if (problem is not null)
        {
            db.ChangeTracker.Clear();
            return Result<int>.Invalid(problem);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two people changed the event at once (version) or invited the same person twice (unique index): the first one counts.
            db.ChangeTracker.Clear();
            return Result<int>.Invalid("Conflict");
        }

        return Result<int>.Ok(id);
    }

    private IQueryable<MatchingEvent> InReach(StaffUser user, bool tracked = false) =>
        (tracked ? db.MatchingEvents : db.MatchingEvents.AsNoTracking())
            .Where(e => db.ProgrammeMembers.Any(m => m.UserId == user.Id && m.ProgrammeId == e.ProgrammeId));
}
