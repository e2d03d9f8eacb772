using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Participants;

/// <summary>
/// Rights follow the role AND the relation (docs/product.md section 1): the own coach sees all,
/// health included; a stand-in coach all but health (never loaded for them); a lead of the
/// programme only what reassigning a coach needs (name, reference, phase, coach: no profile,
/// journal, barriers or health; figures and lists come from the dashboards and caseload) and
/// may reassign; an employer adviser of the programme only the work
/// profile, and only when the candidate consented to sharing with employers. Everyone else:
/// the file does not exist for them.
/// </summary>
public sealed class ParticipantAccess(AppDbContext db, TimeProvider clock)
{
    public async Task<FileRights> RightsAsync(StaffUser user, Participant participant, CancellationToken ct = default)
    {
        if (user.IsInRole(Roles.Coach) && participant.CoachId == user.Id && !user.IsInRole(Roles.ProgrammeLead) && !user.IsInRole(Roles.EmployerAdviser))
        {
            // The own coach: no relation can add to their rights, so none is read.
            return Rights(user, participant, FileRelation.None);
        }

        var related = await RelationOf(user, db.Participants.Where(p => p.Id == participant.Id)).FirstOrDefaultAsync(ct);
        return Rights(user, participant, related?.Relation ?? FileRelation.None);
    }

    /// <summary>
    /// Opens a file for a part that only its keepers work in (documents, consents, ESF+ answers): the own
    /// coach and a stand-in, or with <paramref name="needsHealth"/> only who sees health (the own coach).
    /// Others who may read the file are refused ("NotAllowed"), the rest do not find it; either refusal
    /// is passed to <paramref name="auditRefusal"/> (Denied or NotFound) for the part's audit line.
    /// </summary>
    public async Task<Result<Participant>> OpenForKeeperAsync(
        StaffUser user, IQueryable<Participant> participants, int participantId, Func<AuditResult, Task> auditRefusal, bool needsHealth = false, CancellationToken ct = default)
    {
        var participant = await participants.FirstOrDefaultAsync(p => p.Id == participantId, ct);
        var rights = participant is null ? FileRights.None : await RightsAsync(user, participant, ct);
        if (participant is null || !rights.CanRead)
        {
            await auditRefusal(AuditResult.NotFound);
            return Result<Participant>.NotFound();
        }

        if (!rights.CanEdit || (needsHealth && !rights.SeesHealth))
        {
            await auditRefusal(AuditResult.Denied);
            return Result<Participant>.Refused("NotAllowed");
        }

        return Result<Participant>.Ok(participant);
    }

    /// <summary>
    /// The given participants with the user's relation to each, as a query, so a page can read the
    /// relation with the participant in one round trip; <see cref="Rights"/> turns it into rights.
    /// </summary>
    public IQueryable<RelatedParticipant> RelationOf(StaffUser user, IQueryable<Participant> participants)
    {
        var today = Today();
        var userId = user.Id;
        return participants.Select(p => new RelatedParticipant
        {
            Participant = p,
            IsStandIn = db.StandIns.Any(s => s.StandInCoachId == userId && s.AbsentCoachId == p.CoachId && s.EndedUtc == null && s.From <= today && s.Until >= today),
            IsMember = db.ProgrammeMembers.Any(m => m.UserId == userId && m.ProgrammeId == p.ProgrammeId),
            EmployersMaySee = db.ConsentRecords.Where(c => c.ApplicationId == p.ApplicationId && c.Purpose == ConsentPurpose.ShareWithEmployers)
                .OrderByDescending(c => c.RecordedUtc).ThenByDescending(c => c.Id).Select(c => c.Given).FirstOrDefault(),
        });
    }

    /// <summary>The rights of the rule above, from the participant and the user's relation to them.</summary>
    public static FileRights Rights(StaffUser user, Participant participant, FileRelation relation)
    {
        var rights = FileRights.None;
        if (user.IsInRole(Roles.Coach))
        {
            if (participant.CoachId == user.Id)
            {
                rights = rights.Or(new FileRights(true, true, true, true, true, true, true, false));
            }
            else if (relation.IsStandIn)
            {
                rights = rights.Or(new FileRights(true, true, true, true, true, true, false, false));
            }
        }

        if ((user.IsInRole(Roles.ProgrammeLead) || user.IsInRole(Roles.EmployerAdviser)) && relation.IsMember)
        {
            if (user.IsInRole(Roles.ProgrammeLead))
            {
                rights = rights.Or(new FileRights(true, false, false, false, false, false, false, true));
            }

            if (user.IsInRole(Roles.EmployerAdviser) && relation.EmployersMaySee)
            {
                rights = rights.Or(new FileRights(true, false, false, true, false, false, false, false));
            }
        }

        return rights;
    }

    /// <summary>
    /// The participants a user's lists of checks and follow-ups show: the caseloads a coach works
    /// today (their own and those they stand in for) and, for a lead, the participants of their programmes.
    /// </summary>
    public async Task<IQueryable<Participant>> ListReachAsync(StaffUser user, CancellationToken ct = default)
    {
        var coachIds = user.IsInRole(Roles.Coach) ? await CaseloadCoachIdsAsync(user.Id, ct) : [];
        // An index search by coach id (and a lead's programmes as an IN list), never an OR with a
        // correlated EXISTS, which made SQLite read every participant (docs/performance.md).
        var userId = user.Id;
        var memberOf = db.ProgrammeMembers.Where(m => m.UserId == userId).Select(m => m.ProgrammeId);
        return user.IsInRole(Roles.ProgrammeLead)
            ? db.Participants.Where(p => coachIds.Contains(p.CoachId) || memberOf.Contains(p.ProgrammeId))
            : db.Participants.Where(p => coachIds.Contains(p.CoachId));
    }

    /// <summary>The coach ids whose caseload this coach works today: their own and those they stand in for.</summary>
    public async Task<IReadOnlyList<string>> CaseloadCoachIdsAsync(string coachId, CancellationToken ct = default)
    {
        List<string> ids = [coachId];
        await foreach (var absent in StandingInFor(db, coachId, Today()).WithCancellation(ct))
        {
            if (!ids.Contains(absent))
            {
                ids.Add(absent);
            }
        }

        return ids;
    }

    /// <summary>Compiled once: every caseload, start page, signal list and candidate search of a coach asks, so it skips EF Core's query cache lookup.</summary>
    private static readonly Func<AppDbContext, string, DateOnly, IAsyncEnumerable<string>> StandingInFor =
        EF.CompileAsyncQuery((AppDbContext db, string coachId, DateOnly today) => db.StandIns
            .Where(s => s.StandInCoachId == coachId && s.EndedUtc == null && s.From <= today && s.Until >= today)
            .Select(s => s.AbsentCoachId));

    public Task<bool> EmployersMaySeeAsync(int applicationId, CancellationToken ct = default) =>
        db.ConsentRecords.Where(c => c.ApplicationId == applicationId && c.Purpose == ConsentPurpose.ShareWithEmployers)
            .OrderByDescending(c => c.RecordedUtc).ThenByDescending(c => c.Id)
            .Select(c => c.Given).FirstOrDefaultAsync(ct);

    private DateOnly Today() => clock.Today();
}
