using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Matching;

public sealed record MatchRow(CandidateInfo Candidate, string CoachName, MatchAssessment Assessment, ProposalStatus? Proposal);

/// <summary>The ranked candidates the user sees, and how many of them were left out for travel.</summary>
public sealed record MatchList(VacancyDetails Vacancy, IReadOnlyList<MatchRow> Rows, int BeyondTravelLimit);

/// <summary>
/// Ranks a vacancy's programme's active candidates (<see cref="CandidateReach.ActivePhases"/>)
/// by <see cref="MatchingRule"/>: best score first, then the shorter journey, then by name.
/// Only the candidates the user sees are ranked; those beyond the travel limit are counted, not
/// shown. Each ranking is written to the audit log, since it reads participants' work profiles.
/// </summary>
public sealed class MatchingService(AppDbContext db, VacancyService vacancies, CandidateReach reach, PostcodeCentroids centroids, AuditLog audit)
{
    public const string AuditObject = "VacancyMatches";

    public async Task<MatchList?> RankAsync(StaffUser user, int vacancyId, CancellationToken ct = default)
    {
        var details = await vacancies.FindAsync(user, vacancyId, ct);
        if (details is null)
        {
            await audit.WriteAsync(user.Id, AuditAction.Read, AuditObject, vacancyId, AuditResult.NotFound, ct: ct);
            return null;
        }

        var vacancy = details.Vacancy;
        var (_, candidates) = await reach.CandidatesAsync(user, vacancy.ProgrammeId, ct: ct);
        var ids = candidates.Select(c => c.Id).ToList();
        var profiles = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.PreferredSectors, p.AvailableHoursPerWeek, p.HasDrivingLicence, p.HasOwnTransport, p.MaxTravelMinutes, p.Postcode, p.Country })
            .ToDictionaryAsync(p => p.Id, ct);
        var skills = (await db.ScanSkills.AsNoTracking().Where(s => ids.Contains(s.ParticipantId)).Select(s => new { s.ParticipantId, s.Name }).ToListAsync(ct))
            .ToLookup(s => s.ParticipantId, s => s.Name);
        var experience = (await db.ScanExperiences.AsNoTracking().Where(s => ids.Contains(s.ParticipantId)).Select(s => new { s.ParticipantId, s.Sector, s.Years }).ToListAsync(ct))
            .ToLookup(s => s.ParticipantId);
        var proposals = await db.VacancyProposals.AsNoTracking().Where(p => p.VacancyId == vacancyId)
            .ToDictionaryAsync(p => p.ParticipantId, p => p.Status, ct);
        var coachIds = candidates.Select(c => c.CoachId).Distinct().ToList();
        var coaches = await db.Users.AsNoTracking().Where(u => coachIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var target = new MatchVacancy(vacancy.Sector, vacancy.HoursPerWeek, vacancy.Requirements, centroids.Find(vacancy.Postcode, vacancy.Country));
        var assessed = candidates.Select(c =>
        {
            var p = profiles[c.Id];
            var candidate = new MatchCandidate(
                EnumList.Split<Sector>(p.PreferredSectors),
                experience[c.Id].GroupBy(e => e.Sector).ToDictionary(g => g.Key, g => g.Sum(e => e.Years)),
                p.AvailableHoursPerWeek,
                skills[c.Id].ToList(),
                centroids.Find(p.Postcode, p.Country),
                p.HasDrivingLicence && p.HasOwnTransport,
                p.MaxTravelMinutes);
            var assessment = MatchingRule.Assess(target, candidate, details.ProgrammeMaxTravelMinutes);
            return new MatchRow(c, coaches.GetValueOrDefault(c.CoachId, ""), assessment, proposals.TryGetValue(c.Id, out var s) ? s : null);
        }).ToList();

        var ranked = assessed.Where(r => !r.Assessment.IsExcluded)
            .OrderByDescending(r => r.Assessment.Score)
            .ThenBy(r => r.Assessment.TravelMinutes ?? int.MaxValue)
            .ThenBy(r => r.Candidate.Name, StringComparer.CurrentCulture)
            .ToList();
        await audit.WriteAsync(user.Id, AuditAction.Read, AuditObject, vacancyId, detail: $"candidates={ranked.Count}", ct: ct);
        return new MatchList(details, ranked, assessed.Count - ranked.Count);
    }
}
