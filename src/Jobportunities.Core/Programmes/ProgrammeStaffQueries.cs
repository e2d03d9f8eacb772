using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Programmes;

/// <summary>
/// The one answer to "the coaches of a programme": users with the coach role who work in the
/// programme and whose account is not disabled. Lists offer them and assignments accept only them.
/// </summary>
public sealed class ProgrammeStaffQueries(AppDbContext db)
{
    /// <summary>Active coaches working in any of the given programmes.</summary>
    public static IQueryable<AppUser> ActiveCoachesIn(AppDbContext db, IQueryable<int> programmeIds) =>
        ActiveCoaches(db).Where(u => db.ProgrammeMembers.Any(m => m.UserId == u.Id && programmeIds.Contains(m.ProgrammeId)));

    /// <summary>Active coaches of one programme.</summary>
    public static IQueryable<AppUser> ActiveCoachesIn(AppDbContext db, int programmeId) =>
        ActiveCoaches(db).Where(u => db.ProgrammeMembers.Any(m => m.UserId == u.Id && m.ProgrammeId == programmeId));

    private static IQueryable<AppUser> ActiveCoaches(AppDbContext db)
    {
        var coachRole = db.Roles.Where(r => r.Name == Roles.Coach).Select(r => r.Id);
        return db.Users.Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && coachRole.Contains(ur.RoleId)));
    }

    /// <summary>Active coaches of one programme, by name: the ones a participant or application can be assigned to.</summary>
    public Task<IReadOnlyList<(string Id, string Name)>> ActiveCoachesAsync(int programmeId, CancellationToken ct = default) =>
        ListAsync(ActiveCoachesIn(db, programmeId), ct);

    /// <summary>Active coaches of the programmes the given staff member works in, by name.</summary>
    public Task<IReadOnlyList<(string Id, string Name)>> ActiveCoachesOfColleagueAsync(string userId, CancellationToken ct = default) =>
        ListAsync(ActiveCoachesOfColleague(userId), ct);

    /// <summary>Active coaches of the programmes the given staff member works in.</summary>
    public IQueryable<AppUser> ActiveCoachesOfColleague(string userId) =>
        ActiveCoachesIn(db, db.ProgrammeMembers.Where(m => m.UserId == userId).Select(m => m.ProgrammeId));

    /// <summary>The programmes the staff member works in, by name: the programme filter of the caseload and the queue.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> ProgrammesOfAsync(string userId, CancellationToken ct = default)
    {
        var rows = new List<(int Id, string Name)>();
        await foreach (var programme in ProgrammesOf(db, userId).WithCancellation(ct))
        {
            rows.Add((programme.Id, programme.Name));
        }

        return rows;
    }

    /// <summary>Compiled once: the caseload and the queue ask on every view, so it skips EF Core's query cache lookup.</summary>
    private static readonly Func<AppDbContext, string, IAsyncEnumerable<ProgrammeName>> ProgrammesOf =
        EF.CompileAsyncQuery((AppDbContext db, string userId) => db.ProgrammeMembers.Where(m => m.UserId == userId)
            .OrderBy(m => m.Programme!.Name).Select(m => new ProgrammeName(m.ProgrammeId, m.Programme!.Name)));

    private sealed record ProgrammeName(int Id, string Name);

    /// <summary>Whether the user is an active coach of the programme.</summary>
    public Task<bool> IsActiveCoachAsync(int programmeId, string userId, CancellationToken ct = default) =>
        ActiveCoachesIn(db, programmeId).AnyAsync(u => u.Id == userId, ct);

    private static async Task<IReadOnlyList<(string Id, string Name)>> ListAsync(IQueryable<AppUser> coaches, CancellationToken ct)
    {
        var rows = await coaches.OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.DisplayName)).ToList();
    }
}
