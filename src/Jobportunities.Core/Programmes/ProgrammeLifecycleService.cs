using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Programmes;

/// <summary>Creating, closing and reopening programmes; settings are <see cref="ProgrammeService"/>'s.</summary>
public sealed class ProgrammeLifecycleService(AppDbContext db, TimeProvider clock, Audit.AuditLog audit, ProgrammeTeams teams)
{
    public const string CodeTaken = "code-taken";

    public async Task<bool> CodeExistsAsync(string code, CancellationToken ct = default) =>
        await db.Programmes.AnyAsync(p => p.Code == code, ct);

    /// <summary>Administrators only. A code in use is refused; the code is fixed from now on.</summary>
    public async Task<Result<Programme>> CreateAsync(StaffUser user, string code, ProgrammeSettings settings, ProgrammeTeam team, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            await audit.WriteAsync(user.Id, Audit.AuditAction.Create, Audit.AuditObjects.Programme, code, Audit.AuditResult.NotFound, "settings", ct);
            return Result<Programme>.NotFound();
        }

        if (await CodeExistsAsync(code, ct))
        {
            await audit.WriteAsync(user.Id, Audit.AuditAction.Create, Audit.AuditObjects.Programme, code, Audit.AuditResult.Conflict, "settings", ct);
            return Result<Programme>.Invalid(CodeTaken);
        }

        var programme = new Programme(code, settings.Name, settings.Eligibility, settings.Targets, settings.DurableRule,
            settings.MaxTravelMinutes, settings.Budget, settings.StartDate, settings.EndDate);
        programme.Update(settings.Name, settings.Description, settings.Eligibility, settings.Targets, settings.DurableRule,
            settings.MaxTravelMinutes, settings.Budget, settings.StartDate, settings.EndDate);
        programme.ReplaceAreas(settings.Areas);
        if (settings.Retention is { } retention)
        {
            programme.SetRetention(retention.MonthsAfterExit, retention.MonthsForApplications);
        }

        db.Programmes.Add(programme);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await teams.ApplyAsync(programme, team, ct);
            audit.Add(user.Id, Audit.AuditAction.Create, Audit.AuditObjects.Programme, programme.Id,
                detail: "name,description,eligibility,targets,durable-rule,travel,budget,dates,areas,retention,team");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two posts with the same code at the same moment (a double click): the unique index let one through.
            db.ChangeTracker.Clear();
            await audit.WriteAsync(user.Id, Audit.AuditAction.Create, Audit.AuditObjects.Programme, code, Audit.AuditResult.Conflict, "settings", ct);
            return Result<Programme>.Invalid(CodeTaken);
        }

        return Result<Programme>.Ok(programme);
    }

    /// <summary>An administrator or a lead of the programme; closing twice keeps the first date.</summary>
    public async Task<Result<Programme>> SetClosedAsync(StaffUser user, string code, bool closed, CancellationToken ct = default)
    {
        var what = closed ? "close" : "reopen";
        if (!user.IsInRole(Roles.ProgrammeLead) && !user.IsInRole(Roles.Administrator))
        {
            await audit.WriteAsync(user.Id, Audit.AuditAction.Update, Audit.AuditObjects.Programme, code, Audit.AuditResult.NotFound, what, ct);
            return Result<Programme>.NotFound();
        }

        var programme = await ProgrammeService.Visible(db, user).FirstOrDefaultAsync(p => p.Code == code, ct);
        if (programme is null)
        {
            await audit.WriteAsync(user.Id, Audit.AuditAction.Update, Audit.AuditObjects.Programme, code, Audit.AuditResult.NotFound, what, ct);
            return Result<Programme>.NotFound();
        }

        if (closed)
        {
            programme.Close(clock.GetUtcNow().UtcDateTime);
        }
        else
        {
            programme.Reopen();
        }

        audit.Add(user.Id, Audit.AuditAction.Update, Audit.AuditObjects.Programme, programme.Id, detail: what);
        await db.SaveChangesAsync(ct);
        return Result<Programme>.Ok(programme);
    }
}
