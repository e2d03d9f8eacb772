using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Participants;

public sealed record StandInRow(int Id, string AbsentCoach, string StandInCoach, DateOnly From, DateOnly Until, bool Ended);

/// <summary>Leads let a coach stand in for a colleague of one of their programmes, for a period.</summary>
public sealed class StandInService(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<StandInRow>> ListAsync(StaffUser lead, CancellationToken ct = default)
    {
        var coaches = CoachesOf(lead).Select(c => c.Id);
        return await db.StandIns
            .Where(s => coaches.Contains(s.AbsentCoachId))
            .OrderByDescending(s => s.From)
            .Select(s => new StandInRow(s.Id,
                db.Users.Where(u => u.Id == s.AbsentCoachId).Select(u => u.DisplayName).First(),
                db.Users.Where(u => u.Id == s.StandInCoachId).Select(u => u.DisplayName).First(),
                s.From, s.Until, s.EndedUtc != null))
            .Take(200)
            .ToListAsync(ct);
    }

    /// <summary>The coaches of the programmes the lead works in.</summary>
    public IQueryable<AppUser> CoachesOf(StaffUser lead)
    {
        var coachRole = db.Roles.Where(r => r.Name == Roles.Coach).Select(r => r.Id);
        var programmes = db.ProgrammeMembers.Where(m => m.UserId == lead.Id).Select(m => m.ProgrammeId);
        return db.Users.Where(u => !u.IsDisabled
            && db.UserRoles.Any(ur => ur.UserId == u.Id && coachRole.Contains(ur.RoleId))
            && db.ProgrammeMembers.Any(m => m.UserId == u.Id && programmes.Contains(m.ProgrammeId)));
    }

    public async Task<Result<int>> GrantAsync(StaffUser lead, string absentCoachId, string standInCoachId, DateOnly from, DateOnly until, CancellationToken ct = default)
    {
        var coaches = await CoachesOf(lead).Select(c => c.Id).ToListAsync(ct);
        if (!coaches.Contains(absentCoachId) || !coaches.Contains(standInCoachId))
        {
            return Result<int>.Invalid("CoachNotInProgramme");
        }

        if (absentCoachId == standInCoachId)
        {
            return Result<int>.Invalid("SameCoach");
        }

        if (until < from)
        {
            return Result<int>.Invalid("PeriodOrder");
        }

        var standIn = new StandIn(absentCoachId, standInCoachId, from, until, lead.Id, clock.GetUtcNow().UtcDateTime);
        db.StandIns.Add(standIn);
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(standIn.Id);
    }

    public async Task<Result<int>> EndAsync(StaffUser lead, int id, CancellationToken ct = default)
    {
        var coaches = CoachesOf(lead).Select(c => c.Id);
        var standIn = await db.StandIns.FirstOrDefaultAsync(s => s.Id == id && coaches.Contains(s.AbsentCoachId), ct);
        if (standIn is null)
        {
            return Result<int>.NotFound();
        }

        standIn.End(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(id);
    }
}
