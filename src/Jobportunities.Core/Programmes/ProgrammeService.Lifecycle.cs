using Jobportunities.Core.Common;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Programmes;

/// <summary>A staff member who can be put on a programme's team.</summary>
public sealed record StaffChoice(string Id, string Name, string Email);

/// <summary>A partner organisation that can be put on a programme.</summary>
public sealed record OrganisationChoice(int Id, string Name);

/// <summary>The choices the programme form offers for its team.</summary>
public sealed record TeamChoices(IReadOnlyList<OrganisationChoice> Organisations, IReadOnlyList<StaffChoice> Staff);

/// <summary>Creating, closing and reopening programmes; the team is kept here too.</summary>
public sealed partial class ProgrammeService
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
            await ApplyTeamAsync(programme, team, ct);
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

        var programme = await Visible(user).FirstOrDefaultAsync(p => p.Code == code, ct);
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

    public async Task<TeamChoices> TeamChoicesAsync(CancellationToken ct = default)
    {
        var organisations = await db.Organisations.OrderBy(o => o.Name).Select(o => new OrganisationChoice(o.Id, o.Name)).ToListAsync(ct);
        var adminRole = await db.Roles.Where(r => r.Name == Roles.Administrator).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var staff = await db.Users.Where(u => !u.IsDisabled && !db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == adminRole))
            .OrderBy(u => u.DisplayName)
            .Select(u => new StaffChoice(u.Id, u.DisplayName, u.Email ?? ""))
            .ToListAsync(ct);
        return new TeamChoices(organisations, staff);
    }

    public async Task<ProgrammeTeam> TeamOfAsync(int programmeId, CancellationToken ct = default) =>
        new(await db.Set<ProgrammePartner>().Where(p => p.ProgrammeId == programmeId).Select(p => p.OrganisationId).ToListAsync(ct),
            await db.ProgrammeMembers.Where(m => m.ProgrammeId == programmeId).Select(m => m.UserId).ToListAsync(ct));

    /// <summary>Unknown ids are ignored: the form only offers existing ones.</summary>
    private async Task ApplyTeamAsync(Programme programme, ProgrammeTeam team, CancellationToken ct)
    {
        var organisationIds = await db.Organisations.Where(o => team.PartnerOrganisationIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        programme.ReplacePartners(organisationIds);

        var userIds = await db.Users.Where(u => team.MemberUserIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        var members = await db.ProgrammeMembers.Where(m => m.ProgrammeId == programme.Id).ToListAsync(ct);
        db.ProgrammeMembers.RemoveRange(members.Where(m => !userIds.Contains(m.UserId)));
        db.ProgrammeMembers.AddRange(userIds.Where(id => members.All(m => m.UserId != id)).Select(id => new ProgrammeMember(programme.Id, id)));
    }
}
