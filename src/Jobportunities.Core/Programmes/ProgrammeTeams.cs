using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Programmes;

/// <summary>
/// A programme's team: the partner organisations and the staff who work in it. Only an
/// administrator changes it (it decides who reaches the programme's records): from the programme's
/// form, applied with the programme's own save, or from a staff member's account.
/// </summary>
public sealed class ProgrammeTeams(AppDbContext db)
{
    public async Task<TeamChoices> ChoicesAsync(CancellationToken ct = default)
    {
        var organisations = await db.Organisations.OrderBy(o => o.Name).Select(o => new OrganisationChoice(o.Id, o.Name)).ToListAsync(ct);
        var adminRole = await db.Roles.Where(r => r.Name == Roles.Administrator).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var staff = await db.Users.Where(u => !u.IsDisabled && !db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == adminRole))
            .OrderBy(u => u.DisplayName)
            .Select(u => new StaffChoice(u.Id, u.DisplayName, u.Email ?? ""))
            .ToListAsync(ct);
        return new TeamChoices(organisations, staff);
    }

    public async Task<ProgrammeTeam> OfAsync(int programmeId, CancellationToken ct = default) =>
        new(await db.Set<ProgrammePartner>().Where(p => p.ProgrammeId == programmeId).Select(p => p.OrganisationId).ToListAsync(ct),
            await db.ProgrammeMembers.Where(m => m.ProgrammeId == programmeId).Select(m => m.UserId).ToListAsync(ct));

    /// <summary>Unknown ids are ignored: the form only offers existing ones.</summary>
    public async Task ApplyAsync(Programme programme, ProgrammeTeam team, CancellationToken ct)
    {
        var organisationIds = await db.Organisations.Where(o => team.PartnerOrganisationIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        programme.ReplacePartners(organisationIds);

        var userIds = await db.Users.Where(u => team.MemberUserIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        var members = await db.ProgrammeMembers.Where(m => m.ProgrammeId == programme.Id).ToListAsync(ct);
        db.ProgrammeMembers.RemoveRange(members.Where(m => !userIds.Contains(m.UserId)));
        db.ProgrammeMembers.AddRange(userIds.Where(id => members.All(m => m.UserId != id)).Select(id => new ProgrammeMember(programme.Id, id)));
    }

    /// <summary>Sets the programmes a staff member works in (the account page); returns the change for the audit line, e.g. "programmes:+2-1".</summary>
    public async Task<string> SetProgrammesOfAsync(string userId, IReadOnlyList<int> programmeIds, CancellationToken ct)
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
