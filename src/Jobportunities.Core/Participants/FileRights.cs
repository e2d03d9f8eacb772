using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Participants;

/// <summary>What one user may see and do in one participant file (docs/roles-and-rights.md).</summary>
public sealed record FileRights(
    bool CanRead,
    bool CanEdit,
    bool SeesProfile,
    bool SeesWorkProfile,
    bool SeesJournal,
    bool SeesBarriers,
    bool SeesHealth,
    bool CanAssignCoach)
{
    public static readonly FileRights None = new(false, false, false, false, false, false, false, false);

    public FileRights Or(FileRights other) => new(
        CanRead || other.CanRead, CanEdit || other.CanEdit, SeesProfile || other.SeesProfile, SeesWorkProfile || other.SeesWorkProfile,
        SeesJournal || other.SeesJournal, SeesBarriers || other.SeesBarriers, SeesHealth || other.SeesHealth, CanAssignCoach || other.CanAssignCoach);
}

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
        var rights = FileRights.None;
        if (user.IsInRole(Roles.Coach))
        {
            if (participant.CoachId == user.Id)
            {
                rights = rights.Or(new FileRights(true, true, true, true, true, true, true, false));
            }
            else if (await IsStandInAsync(user.Id, participant.CoachId, ct))
            {
                rights = rights.Or(new FileRights(true, true, true, true, true, true, false, false));
            }
        }

        if ((user.IsInRole(Roles.ProgrammeLead) || user.IsInRole(Roles.EmployerAdviser)) && await IsMemberAsync(user.Id, participant.ProgrammeId, ct))
        {
            if (user.IsInRole(Roles.ProgrammeLead))
            {
                rights = rights.Or(new FileRights(true, false, false, false, false, false, false, true));
            }

            if (user.IsInRole(Roles.EmployerAdviser) && await EmployersMaySeeAsync(participant.ApplicationId, ct))
            {
                rights = rights.Or(new FileRights(true, false, false, true, false, false, false, false));
            }
        }

        return rights;
    }

    /// <summary>The coach ids whose caseload this coach works today: their own and those they stand in for.</summary>
    public async Task<IReadOnlyList<string>> CaseloadCoachIdsAsync(string coachId, CancellationToken ct = default)
    {
        var today = Today();
        var absent = await db.StandIns
            .Where(s => s.StandInCoachId == coachId && s.EndedUtc == null && s.From <= today && s.Until >= today)
            .Select(s => s.AbsentCoachId)
            .ToListAsync(ct);
        return [coachId, .. absent.Distinct()];
    }

    public Task<bool> EmployersMaySeeAsync(int applicationId, CancellationToken ct = default) =>
        db.ConsentRecords.Where(c => c.ApplicationId == applicationId && c.Purpose == ConsentPurpose.ShareWithEmployers)
            .OrderByDescending(c => c.RecordedUtc).ThenByDescending(c => c.Id)
            .Select(c => c.Given).FirstOrDefaultAsync(ct);

    private Task<bool> IsMemberAsync(string userId, int programmeId, CancellationToken ct) =>
        db.ProgrammeMembers.AnyAsync(m => m.UserId == userId && m.ProgrammeId == programmeId, ct);

    private Task<bool> IsStandInAsync(string coachId, string absentCoachId, CancellationToken ct)
    {
        var today = Today();
        return db.StandIns.AnyAsync(s => s.StandInCoachId == coachId && s.AbsentCoachId == absentCoachId && s.EndedUtc == null && s.From <= today && s.Until >= today, ct);
    }

    private DateOnly Today() => clock.Today();
}
