using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Matching;

/// <summary>
/// A coach proposes a candidate of their caseload for a vacancy of the candidate's programme.
/// Proposing puts the candidate in front of an employer, so it needs the candidate's consent for
/// sharing with employers, an active phase and an open vacancy. Everyone sees the proposals of
/// the candidates they see (<see cref="CandidateView"/>): an adviser only while consent stands.
/// Advisers and leads, and the candidate's coach, follow the status.
/// </summary>
public sealed class ProposalService(AppDbContext db, CandidateReach reach, TimeProvider clock)
{
    public async Task<IReadOnlyList<ProposalRow>> ListAsync(StaffUser user, Vacancy vacancy, CancellationToken ct = default)
    {
        var proposals = await db.VacancyProposals.AsNoTracking().Where(p => p.VacancyId == vacancy.Id).OrderBy(p => p.ProposedUtc).ToListAsync(ct);
        if (proposals.Count == 0)
        {
            return [];
        }

        var (_, candidates) = await reach.CandidatesAsync(user, vacancy.ProgrammeId, proposals.Select(p => p.ParticipantId).ToList(), ct);
        var byId = candidates.ToDictionary(c => c.Id);
        var userIds = proposals.Select(p => p.ProposedByUserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return proposals
            .Where(p => byId.ContainsKey(p.ParticipantId))
            .Select(p => new ProposalRow(p.Id, byId[p.ParticipantId], names.GetValueOrDefault(p.ProposedByUserId, ""), p.ProposedUtc, p.Note, p.Status,
                EmployerService.MayManage(user) || byId[p.ParticipantId].IsOwn))
            .ToList();
    }

    /// <summary>The proposals of one participant, for the file: only when the user sees the candidate, and only vacancies of the user's programmes.</summary>
    public async Task<IReadOnlyList<ParticipantProposalRow>> ForParticipantAsync(StaffUser user, int participantId, CancellationToken ct = default)
    {
        var programmeId = await db.Participants.Where(p => p.Id == participantId).Select(p => (int?)p.ProgrammeId).FirstOrDefaultAsync(ct);
        if (programmeId is null || (await reach.CandidatesAsync(user, programmeId.Value, [participantId], ct)).Candidates.Count == 0)
        {
            return [];
        }

        return await RowsAsync(user, participantId, ct);
    }

    /// <summary>
    /// The proposals for a participant file already opened under ParticipantAccess. Whoever sees
    /// the file's work profile (the own coach, a stand-in for that coach, an adviser of the
    /// programme with the candidate's consent) is exactly someone <see cref="CandidateReach"/>
    /// shows this candidate to, so the reach is not read a second time; anyone else gets none.
    /// </summary>
    public async Task<IReadOnlyList<ParticipantProposalRow>> ForFileAsync(StaffUser user, int participantId, FileRights rights, CancellationToken ct = default) =>
        rights.SeesWorkProfile ? await RowsAsync(user, participantId, ct) : [];

    private async Task<IReadOnlyList<ParticipantProposalRow>> RowsAsync(StaffUser user, int participantId, CancellationToken ct) =>
        await db.VacancyProposals.AsNoTracking()
            .Where(p => p.ParticipantId == participantId)
            .Join(db.Vacancies.Where(v => db.ProgrammeMembers.Any(m => m.UserId == user.Id && m.ProgrammeId == v.ProgrammeId)), p => p.VacancyId, v => v.Id, (p, v) => new { p, v })
            .OrderByDescending(x => x.p.ProposedUtc)
            .Select(x => new ParticipantProposalRow(x.v.Id, x.v.Title, x.v.Employer!.Name, x.p.ProposedUtc, x.p.Status))
            .ToListAsync(ct);

    public async Task<Result<int>> ProposeAsync(StaffUser user, int vacancyId, int participantId, string? note, CancellationToken ct = default)
    {
        var vacancy = await VacancyInReachAsync(user, vacancyId, ct);
        if (vacancy is null)
        {
            return Result<int>.NotFound();
        }

        var (view, candidates) = await reach.CandidatesAsync(user, vacancy.ProgrammeId, [participantId], ct);
        var candidate = candidates.FirstOrDefault();
        if (candidate is null)
        {
            return Result<int>.NotFound();
        }

        if (!user.IsInRole(Roles.Coach) || !view.IsOwn(candidate.CoachId))
        {
            return Result<int>.Refused("NotOwnCandidate");
        }

        var problem = !CandidateReach.ActivePhases.Contains(candidate.Phase) ? "NotActive"
            : !candidate.EmployersMaySee ? "NoConsent"
            : vacancy.Status != VacancyStatus.Open || vacancy.IsArchived ? "VacancyNotOpen"
            : await db.VacancyProposals.AnyAsync(p => p.VacancyId == vacancyId && p.ParticipantId == participantId, ct) ? "AlreadyProposed"
            : null;
        if (problem is not null)
        {
            return Result<int>.Invalid(problem);
        }

        var proposal = new VacancyProposal(vacancyId, participantId, user.Id, clock.GetUtcNow().UtcDateTime, note);
        db.VacancyProposals.Add(proposal);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A double submit: the unique index (vacancy, participant) keeps one.
            db.ChangeTracker.Clear();
            return Result<int>.Invalid("AlreadyProposed");
        }

        return Result<int>.Ok(proposal.Id);
    }

    public async Task<Result<ProposalStatus>> SetStatusAsync(StaffUser user, int vacancyId, int proposalId, ProposalStatus status, CancellationToken ct = default)
    {
        var vacancy = await VacancyInReachAsync(user, vacancyId, ct);
        var proposal = vacancy is null ? null : await db.VacancyProposals.FirstOrDefaultAsync(p => p.Id == proposalId && p.VacancyId == vacancyId, ct);
        if (proposal is null)
        {
            return Result<ProposalStatus>.NotFound();
        }

        var (_, candidates) = await reach.CandidatesAsync(user, vacancy!.ProgrammeId, [proposal.ParticipantId], ct);
        if (candidates.Count == 0)
        {
            return Result<ProposalStatus>.NotFound();
        }

        if (!EmployerService.MayManage(user) && !candidates[0].IsOwn)
        {
            return Result<ProposalStatus>.Refused(EmployerService.NotAllowed);
        }

        proposal.SetStatus(status, user.Id, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return Result<ProposalStatus>.Ok(status);
    }

    private Task<Vacancy?> VacancyInReachAsync(StaffUser user, int vacancyId, CancellationToken ct) =>
        db.Vacancies.AsNoTracking().FirstOrDefaultAsync(v => v.Id == vacancyId && db.ProgrammeMembers.Any(m => m.UserId == user.Id && m.ProgrammeId == v.ProgrammeId), ct);
}
