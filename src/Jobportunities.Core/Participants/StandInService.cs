using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Participants;

public sealed record StandInRow(int Id, string AbsentCoach, string StandInCoach, DateOnly From, DateOnly Until, bool Ended);

/// <summary>Leads let a coach stand in for a colleague of one of their programmes, for a period. Audited (object "StandIn").</summary>
public sealed class StandInService(AppDbContext db, TimeProvider clock, AuditLog audit)
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

    /// <summary>The active coaches of the programmes the lead works in.</summary>
    public IQueryable<AppUser> CoachesOf(StaffUser lead) => new ProgrammeStaffQueries(db).ActiveCoachesOfColleague(lead.Id);

    public async Task<Result<int>> GrantAsync(StaffUser lead, string absentCoachId, string standInCoachId, DateOnly from, DateOnly until, CancellationToken ct = default)
    {
        var coaches = await CoachesOf(lead).Select(c => c.Id).ToListAsync(ct);
        var refusal = !coaches.Contains(absentCoachId) || !coaches.Contains(standInCoachId) ? "CoachNotInProgramme"
            : absentCoachId == standInCoachId ? "SameCoach"
            : until < from ? "PeriodOrder"
            : null;
        if (refusal is not null)
        {
            await audit.WriteAsync(lead.Id, AuditAction.Create, AuditObjects.StandIn, "new", AuditResult.Denied, refusal, ct);
            return Result<int>.Invalid(refusal);
        }

        var standIn = new StandIn(absentCoachId, standInCoachId, from, until, lead.Id, clock.GetUtcNow().UtcDateTime);
        db.StandIns.Add(standIn);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(lead.Id, AuditAction.Create, AuditObjects.StandIn, standIn.Id, detail: "absent-coach,stand-in-coach,from,until", ct: ct);
        return Result<int>.Ok(standIn.Id);
    }

    public async Task<Result<int>> EndAsync(StaffUser lead, int id, CancellationToken ct = default)
    {
        var coaches = CoachesOf(lead).Select(c => c.Id);
        var standIn = await db.StandIns.FirstOrDefaultAsync(s => s.Id == id && coaches.Contains(s.AbsentCoachId), ct);
        if (standIn is null)
        {
            await audit.WriteAsync(lead.Id, AuditAction.Update, AuditObjects.StandIn, id, AuditResult.NotFound, "end", ct);
            return Result<int>.NotFound();
        }

        standIn.End(clock.GetUtcNow().UtcDateTime);
        audit.Add(lead.Id, AuditAction.Update, AuditObjects.StandIn, id, detail: "end");
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(id);
    }
}
