using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Matching;

/// <summary>
/// Which of a programme's candidates one user sees in employer work (matching, proposals,
/// matching events): a lead of the programme all of them; a coach those of their caseload (own
/// and stood in for); an adviser of the programme those whose latest consent for sharing with
/// employers is given. Roles add up. The same rule as the participant file (ParticipantAccess).
/// </summary>
public sealed record CandidateView(bool SeesAll, IReadOnlyList<string> CaseloadCoachIds, bool SeesConsented)
{
    public bool Sees(string coachId, bool employersMaySee) => SeesAll || IsOwn(coachId) || (SeesConsented && employersMaySee);

    /// <summary>The candidate is on this coach's caseload: they may propose and invite them.</summary>
    public bool IsOwn(string coachId) => CaseloadCoachIds.Contains(coachId);
}

/// <summary>A candidate as employer work lists them: no contact details.</summary>
public sealed record CandidateInfo(int Id, string Reference, string Name, string CoachId, Phase Phase, bool EmployersMaySee, bool IsOwn);

public sealed class CandidateReach(AppDbContext db, ParticipantAccess access)
{
    /// <summary>Those who look for work: after the plan is made, before a placement or exit.</summary>
    public static readonly IReadOnlyList<Phase> ActivePhases = [Phase.Plan, Phase.Trajectory];

    public async Task<CandidateView> ForProgrammeAsync(StaffUser user, int programmeId, CancellationToken ct = default)
    {
        var member = await db.ProgrammeMembers.AnyAsync(m => m.UserId == user.Id && m.ProgrammeId == programmeId, ct);
        var caseload = user.IsInRole(Roles.Coach) ? await access.CaseloadCoachIdsAsync(user.Id, ct) : [];
        return new CandidateView(member && user.IsInRole(Roles.ProgrammeLead), caseload, member && user.IsInRole(Roles.EmployerAdviser));
    }

    /// <summary>
    /// The programme's candidates this user sees, by name: the active ones, or (with <paramref name="only"/>)
    /// those given in any phase, e.g. the invited of an event.
    /// </summary>
    public async Task<(CandidateView View, IReadOnlyList<CandidateInfo> Candidates)> CandidatesAsync(
        StaffUser user, int programmeId, IReadOnlyCollection<int>? only = null, CancellationToken ct = default)
    {
        var view = await ForProgrammeAsync(user, programmeId, ct);
        var participants = db.Participants.AsNoTracking().Where(p => p.ProgrammeId == programmeId);
        participants = only is null ? participants.Where(p => p.Phase == Phase.Plan || p.Phase == Phase.Trajectory) : participants.Where(p => only.Contains(p.Id));
        var rows = await participants
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName)
            .Select(p => new { p.Id, p.ApplicationId, p.Reference, Name = p.GivenName + " " + p.FamilyName, p.CoachId, p.Phase })
            .ToListAsync(ct);
        var consented = await EmployersMaySeeAsync(rows.Select(r => r.ApplicationId), ct);
        var visible = rows
            .Select(r => new CandidateInfo(r.Id, r.Reference, r.Name, r.CoachId, r.Phase, consented.Contains(r.ApplicationId), view.IsOwn(r.CoachId)))
            .Where(c => view.Sees(c.CoachId, c.EmployersMaySee))
            .ToList();
        return (view, visible);
    }

    /// <summary>The applications (of those given) whose latest ShareWithEmployers record is "given".</summary>
    public async Task<IReadOnlySet<int>> EmployersMaySeeAsync(IEnumerable<int> applicationIds, CancellationToken ct = default)
    {
        var ids = applicationIds.Distinct().ToList();
        var records = await db.ConsentRecords.AsNoTracking()
            .Where(c => ids.Contains(c.ApplicationId) && c.Purpose == ConsentPurpose.ShareWithEmployers)
            .Select(c => new { c.ApplicationId, c.Given, c.RecordedUtc, c.Id })
            .ToListAsync(ct);
        return records.GroupBy(r => r.ApplicationId)
            .Where(g => g.OrderBy(r => r.RecordedUtc).ThenBy(r => r.Id).Last().Given)
            .Select(g => g.Key)
            .ToHashSet();
    }
}
