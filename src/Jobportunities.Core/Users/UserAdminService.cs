using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Programmes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Users;

/// <summary>
/// Administrators create staff accounts and assign roles, organisation and programmes; there is
/// no self-registration. Disabling an account renews its security stamp, which ends its sessions.
/// Every creation and change is audited (object "User"): which fields changed, and the roles and
/// programme ids added or removed (no names, e-mail addresses or other values). The pages' reads
/// are <see cref="UserAdminQueries"/>; the rule on roles is <see cref="SeparationOfDuties"/>.
/// </summary>
public sealed class UserAdminService(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, AuditLog audit, ProgrammeTeams teams)
{
    public async Task<Result<string>> CreateAsync(string actorId, UserInput input, string password, CancellationToken ct = default)
    {
        if (SeparationOfDuties.CombinesAdministrationWithCaseFiles(input.Roles))
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
        var programmes = await teams.SetProgrammesOfAsync(user.Id, input.ProgrammeIds, ct);
        await audit.WriteAsync(actorId, AuditAction.Create, AuditObjects.User, user.Id, detail: $"email,display-name,organisation,disabled;roles:+{string.Join('+', input.Roles.Intersect(Roles.All))};{programmes}", ct: ct);
        return Result<string>.Ok(user.Id);
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

        if (SeparationOfDuties.CombinesAdministrationWithCaseFiles(input.Roles))
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
        var programmes = await teams.SetProgrammesOfAsync(id, input.ProgrammeIds, ct);
        var roleChanges = string.Concat(wanted.Except(current).Select(r => "+" + r)) + string.Concat(current.Except(wanted).Select(r => "-" + r));
        await audit.WriteAsync(actorId, AuditAction.Update, AuditObjects.User, id, detail: $"{string.Join(',', fields)};roles:{roleChanges};{programmes}", ct: ct);

        if ((input.IsDisabled && !wasDisabled) || !current.ToHashSet().SetEquals(wanted))
        {
            // Ends the user's sessions at the next security-stamp check; roles are re-read then too.
            await users.UpdateSecurityStampAsync(user);
        }

        return Result<string>.Ok(id);
    }
}
