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
/// </summary>
public sealed class UserAdminService(AppDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
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

    public async Task<Result<string>> CreateAsync(UserInput input, string password, CancellationToken ct = default)
    {
        if (CombinesAdministrationWithCaseFiles(input.Roles))
        {
            return Result<string>.Refused("AdministratorWithCaseFileRoles");
        }

        if (await users.FindByEmailAsync(input.Email) is not null)
        {
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
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Result<string>.Invalid(created.Errors.First().Code);
        }

        await users.AddToRolesAsync(user, input.Roles.Intersect(Roles.All));
        await SetProgrammesAsync(user.Id, input.ProgrammeIds, ct);
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

    public async Task<Result<string>> UpdateAsync(string id, UserInput input, CancellationToken ct = default) =>
        await UpdateAsync(null, id, input, ct);

    /// <summary>
    /// Saves an account. <paramref name="actorId"/> is the administrator saving it: nobody changes
    /// their own roles or programmes (another administrator has to), so an administrator cannot
    /// give themselves a coach's or lead's reach.
    /// </summary>
    public async Task<Result<string>> UpdateAsync(string? actorId, string id, UserInput input, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Result<string>.NotFound();
        }

        if (CombinesAdministrationWithCaseFiles(input.Roles))
        {
            return Result<string>.Refused("AdministratorWithCaseFileRoles");
        }

        if (actorId == id)
        {
            var ownRoles = (await users.GetRolesAsync(user)).ToHashSet();
            var ownProgrammes = await db.ProgrammeMembers.Where(m => m.UserId == id).Select(m => m.ProgrammeId).ToListAsync(ct);
            if (!ownRoles.SetEquals(input.Roles.Intersect(Roles.All)) || !ownProgrammes.ToHashSet().SetEquals(input.ProgrammeIds)
                || input.IsDisabled || input.OrganisationId != user.OrganisationId)
            {
                return Result<string>.Refused("OwnRoles");
            }
        }

        var wasDisabled = user.IsDisabled;
        user.DisplayName = input.DisplayName;
        user.OrganisationId = input.OrganisationId;
        user.IsDisabled = input.IsDisabled;
        await users.UpdateAsync(user);

        var current = await users.GetRolesAsync(user);
        var wanted = input.Roles.Intersect(Roles.All).ToList();
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        await SetProgrammesAsync(id, input.ProgrammeIds, ct);

        if ((input.IsDisabled && !wasDisabled) || !current.ToHashSet().SetEquals(wanted))
        {
            // Ends the user's sessions at the next security-stamp check; roles are re-read then too.
            await users.UpdateSecurityStampAsync(user);
        }

        return Result<string>.Ok(id);
    }

    private async Task SetProgrammesAsync(string userId, IReadOnlyList<int> programmeIds, CancellationToken ct)
    {
        var existing = await db.ProgrammeMembers.Where(m => m.UserId == userId).ToListAsync(ct);
        db.ProgrammeMembers.RemoveRange(existing.Where(m => !programmeIds.Contains(m.ProgrammeId)));
        var valid = await db.Programmes.Where(p => programmeIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        db.ProgrammeMembers.AddRange(valid.Where(pid => existing.All(m => m.ProgrammeId != pid)).Select(pid => new ProgrammeMember(pid, userId)));
        await db.SaveChangesAsync(ct);
    }
}
