using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Programmes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Users;

public sealed record UserSummary(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string? Organisation, IReadOnlyList<string> Programmes, bool IsDisabled);

public sealed record UserInput(string Email, string DisplayName, IReadOnlyList<string> Roles, int? OrganisationId, IReadOnlyList<int> ProgrammeIds, bool IsDisabled);

/// <summary>
/// Administrators create staff accounts and assign roles, organisation and programmes; there is
/// no self-registration. Disabling an account renews its security stamp, which ends its sessions.
/// Every creation and change is audited (object "User"): which fields changed, and the roles and
/// programme ids added or removed (no names, e-mail addresses or other values).
/// </summary>
public sealed class UserAdminService(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, AuditLog audit)
{
    /// <summary>The organisations and programmes an account can be linked to, by name.</summary>
    public async Task<(IReadOnlyList<(int Id, string Name)> Organisations, IReadOnlyList<(int Id, string Name)> Programmes)> ChoicesAsync(CancellationToken ct = default)
    {
        var organisations = await db.Organisations.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var programmes = await db.Programmes.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        return (organisations.Select(o => (o.Id, o.Name)).ToList(), programmes.Select(p => (p.Id, p.Name)).ToList());
    }

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken ct = default)
    {
        var rows = await db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                Organisation = u.Organisation == null ? null : u.Organisation.Name,
                u.IsDisabled,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                Programmes = db.ProgrammeMembers.Where(m => m.UserId == u.Id).Select(m => m.Programme!.Name).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new UserSummary(r.Id, r.Email ?? "", r.DisplayName, r.Roles, r.Organisation, r.Programmes, r.IsDisabled)).ToList();
    }

    public async Task<UserInput?> FindAsync(string id, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        var programmes = await db.ProgrammeMembers.Where(m => m.UserId == id).Select(m => m.ProgrammeId).ToListAsync(ct);
        return new UserInput(user.Email ?? "", user.DisplayName, roles.ToList(), user.OrganisationId, programmes, user.IsDisabled);
    }

    public async Task<Result<string>> CreateAsync(string actorId, UserInput input, string password, CancellationToken ct = default)
    {
        if (CombinesAdministrationWithCaseFiles(input.Roles))
        {
            await audit.WriteAsync(actorId, AuditAction.Create, AuditObjects.User, "new", AuditResult.Denied, "AdministratorWithCaseFileRoles", ct);
            return Result<string>.Refused("AdministratorWithCaseFileRoles");
        }

        if (await users.FindByEmailAsync(input.Email) is not null)
        {
            await audit.WriteAsync(actorId, AuditAction.Create, AuditObjects.User, "new", AuditResult.Denied, "DuplicateEmail", ct);
            return Result<string>.Refused("DuplicateEmail");
        }

        var user = new AppUser
        {
            UserName = input.Email,
            Email = input.Email,
            EmailConfirmed = true,
            DisplayName = input.DisplayName,
            OrganisationId = input.OrganisationId,
            IsDisabled = input.IsDisabled,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        user.RequirePasswordChange();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await audit.WriteAsync(actorId, AuditAction.Create, AuditObjects.User, "new", AuditResult.Denied, created.Errors.First().Code, ct);
            return Result<string>.Invalid(created.Errors.First().Code);
        }

        await users.AddToRolesAsync(user, input.Roles.Intersect(Roles.All));
        var programmes = await SetProgrammesAsync(user.Id, input.ProgrammeIds, ct);
        await audit.WriteAsync(actorId, AuditAction.Create, AuditObjects.User, user.Id, detail: $"email,display-name,organisation,disabled;roles:+{string.Join('+', input.Roles.Intersect(Roles.All))};{programmes}", ct: ct);
        return Result<string>.Ok(user.Id);
    }

    /// <summary>Roles that open case files; an administrator account never holds them (separation of duties).</summary>
    public static readonly IReadOnlySet<string> CaseFileRoles = new HashSet<string> { Roles.Coach, Roles.ProgrammeLead, Roles.EmployerAdviser };

    /// <summary>True when the roles combine Administrator with a role that opens case files.</summary>
    public static bool CombinesAdministrationWithCaseFiles(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet();
        return set.Contains(Roles.Administrator) && set.Overlaps(CaseFileRoles);
    }

    /// <summary>
    /// Saves an account. <paramref name="actorId"/> is the administrator saving it: nobody changes
    /// their own roles or programmes (another administrator has to), so an administrator cannot
    /// give themselves a coach's or lead's reach.
    /// </summary>
    public async Task<Result<string>> UpdateAsync(string actorId, string id, UserInput input, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            await audit.WriteAsync(actorId, AuditAction.Update, AuditObjects.User, id, AuditResult.NotFound, ct: ct);
            return Result<string>.NotFound();
        }

        if (CombinesAdministrationWithCaseFiles(input.Roles))
        {
            await audit.WriteAsync(actorId, AuditAction.Update, AuditObjects.User, id, AuditResult.Denied, "AdministratorWithCaseFileRoles", ct);
            return Result<string>.Refused("AdministratorWithCaseFileRoles");
        }

        if (actorId == id)
        {
            var ownRoles = (await users.GetRolesAsync(user)).ToHashSet();
            var ownProgrammes = await db.ProgrammeMembers.Where(m => m.UserId == id).Select(m => m.ProgrammeId).ToListAsync(ct);
            if (!ownRoles.SetEquals(input.Roles.Intersect(Roles.All)) || !ownProgrammes.ToHashSet().SetEquals(input.ProgrammeIds)
                || input.IsDisabled || input.OrganisationId != user.OrganisationId)
            {
                await audit.WriteAsync(actorId, AuditAction.Update, AuditObjects.User, id, AuditResult.Denied, "OwnRoles", ct);
                return Result<string>.Refused("OwnRoles");
            }
        }

        var fields = new[]
        {
            user.DisplayName != input.DisplayName ? "display-name" : null,
            user.OrganisationId != input.OrganisationId ? "organisation" : null,
            user.IsDisabled != input.IsDisabled ? "disabled" : null,
        }.OfType<string>();
        var wasDisabled = user.IsDisabled;
        user.DisplayName = input.DisplayName;
        user.OrganisationId = input.OrganisationId;
        user.IsDisabled = input.IsDisabled;
        await users.UpdateAsync(user);

        var current = await users.GetRolesAsync(user);
        var wanted = input.Roles.Intersect(Roles.All).ToList();
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        var programmes = await SetProgrammesAsync(id, input.ProgrammeIds, ct);
        var roleChanges = string.Concat(wanted.Except(current).Select(r => "+" + r)) + string.Concat(current.Except(wanted).Select(r => "-" + r));
        await audit.WriteAsync(actorId, AuditAction.Update, AuditObjects.User, id, detail: $"{string.Join(',', fields)};roles:{roleChanges};{programmes}", ct: ct);

        if ((input.IsDisabled && !wasDisabled) || !current.ToHashSet().SetEquals(wanted))
        {
            // Ends the user's sessions at the next security-stamp check; roles are re-read then too.
            await users.UpdateSecurityStampAsync(user);
        }

        return Result<string>.Ok(id);
    }

    /// <summary>Sets the user's programmes; returns the change for the audit line, e.g. "programmes:+2-1".</summary>
    private async Task<string> SetProgrammesAsync(string userId, IReadOnlyList<int> programmeIds, CancellationToken ct)
    {
        var existing = await db.ProgrammeMembers.Where(m => m.UserId == userId).ToListAsync(ct);
        var removed = existing.Where(m => !programmeIds.Contains(m.ProgrammeId)).ToList();
        db.ProgrammeMembers.RemoveRange(removed);
        var valid = await db.Programmes.Where(p => programmeIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        var added = valid.Where(pid => existing.All(m => m.ProgrammeId != pid)).ToList();
        db.ProgrammeMembers.AddRange(added.Select(pid => new ProgrammeMember(pid, userId)));
        await db.SaveChangesAsync(ct);
        return "programmes:" + string.Concat(added.Select(p => "+" + p)) + string.Concat(removed.Select(m => "-" + m.ProgrammeId));
    }
}
