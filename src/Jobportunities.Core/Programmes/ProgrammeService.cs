using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Programmes;

/// <summary>
/// Reading and configuring programmes. Administrators see every programme; other staff only the
/// programmes they are a member of. A programme outside the user's reach is "not found".
/// Creating, closing and reopening: <see cref="ProgrammeLifecycleService"/>; the team: <see cref="ProgrammeTeams"/>.
/// </summary>
public sealed class ProgrammeService(AppDbContext db, Audit.AuditLog audit, ProgrammeTeams teams)
{
    public async Task<IReadOnlyList<Programme>> ListAsync(StaffUser user, CancellationToken ct = default) =>
        await Visible(db, user).OrderBy(p => p.Name).AsNoTracking().ToListAsync(ct);

    public async Task<Programme?> FindAsync(StaffUser user, string code, CancellationToken ct = default) =>
        await Visible(db, user)
            .Include(p => p.Areas).ThenInclude(a => a.Postcodes)
            .Include(p => p.Partners).ThenInclude(p => p.Organisation)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Code == code, ct);

    /// <summary>
    /// Saves new settings when <paramref name="expectedVersion"/> is still current. The team (partners
    /// and staff) is only changed by an administrator: it decides who reaches the programme's records.
    /// </summary>
    public async Task<Result<Programme>> UpdateAsync(StaffUser user, string code, Guid expectedVersion, ProgrammeSettings settings, CancellationToken ct = default, ProgrammeTeam? team = null)
    {
        if (!user.IsInRole(Roles.ProgrammeLead) && !user.IsInRole(Roles.Administrator))
        {
            return Result<Programme>.NotFound();
        }

        var programme = await FindAsync(user, code, ct);
        if (programme is null)
        {
            await audit.WriteAsync(user.Id, Audit.AuditAction.Update, Audit.AuditObjects.Programme, code, Audit.AuditResult.NotFound, "settings", ct);
            return Result<Programme>.NotFound();
        }

        if (programme.Version != expectedVersion)
        {
            await audit.WriteAsync(user.Id, Audit.AuditAction.Update, Audit.AuditObjects.Programme, programme.Id, Audit.AuditResult.Conflict, "settings", ct);
            return Result<Programme>.Conflict(programme);
        }

        programme.Update(settings.Name, settings.Description, settings.Eligibility, settings.Targets, settings.DurableRule,
            settings.MaxTravelMinutes, settings.Budget, settings.StartDate, settings.EndDate);
        programme.ReplaceAreas(settings.Areas);
        if (settings.Retention is { } retention)
        {
            programme.SetRetention(retention.MonthsAfterExit, retention.MonthsForApplications);
        }

        if (team is not null && user.IsInRole(Roles.Administrator))
        {
            await teams.ApplyAsync(programme, team, ct);
        }

        audit.Add(user.Id, Audit.AuditAction.Update, Audit.AuditObjects.Programme, programme.Id, detail: "name,description,eligibility,targets,durable-rule,travel,budget,dates,areas,retention" + (team is not null && user.IsInRole(Roles.Administrator) ? ",team" : ""));

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result<Programme>.Conflict((await FindAsync(user, code, ct))!);
        }

        return Result<Programme>.Ok(programme);
    }

    /// <summary>The programmes within the user's reach: all for an administrator, else those the user is a member of.</summary>
    internal static IQueryable<Programme> Visible(AppDbContext db, StaffUser user) =>
        user.IsInRole(Roles.Administrator)
            ? db.Programmes
            : db.Programmes.Where(p => db.ProgrammeMembers.Any(m => m.ProgrammeId == p.Id && m.UserId == user.Id));
}
