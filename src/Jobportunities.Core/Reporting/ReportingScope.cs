using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// Which programmes a user may see figures of: a programme lead sees the programmes they are a
/// member of; nobody else sees any (administrators neither: docs/roles-and-rights.md). A
/// programme outside that reach is "not found".
/// </summary>
public sealed class ReportingScope(AppDbContext db)
{
    public async Task<IReadOnlyList<ReportProgramme>> LedProgrammesAsync(StaffUser user, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.ProgrammeLead))
        {
            return [];
        }

        return await db.Programmes.AsNoTracking()
            .Where(p => db.ProgrammeMembers.Any(m => m.ProgrammeId == p.Id && m.UserId == user.Id))
            .OrderBy(p => p.Name)
            .Select(p => new ReportProgramme(p.Id, p.Code, p.Name, p.StartDate, p.EndDate, p.Targets.Participants, p.Targets.Placements, p.Targets.DurablePlacements, p.Budget, p.Targets.Employers, p.Targets.Workplaces))
            .ToListAsync(ct);
    }

    public async Task<ReportProgramme?> FindLedAsync(StaffUser user, string code, CancellationToken ct = default) =>
        (await LedProgrammesAsync(user, ct)).FirstOrDefault(p => p.Code == code);
}
