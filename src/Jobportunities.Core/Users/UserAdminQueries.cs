using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Users;

/// <summary>The reads of the account pages: the list, one account as its form shows it, and the organisations and programmes to choose from.</summary>
public sealed class UserAdminQueries(AppDbContext db, UserManager<AppUser> users)
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
}
