using Jobportunities.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Trajectories;

/// <summary>
/// The one-time link of old employer agreements, made when agreements still named the employer in
/// free text, to the employers register: an unlinked row whose name equals exactly one employer's
/// name, ignoring case and spaces around and between words, points to that employer. Rows that
/// match none (or several) keep their free text as a legacy field. Run at start-up; idempotent,
/// because it only looks at unlinked rows and a linked row is never unlinked.
/// </summary>
public sealed class EmployerAgreementLink(AppDbContext db)
{
    public async Task<int> LinkAsync(CancellationToken ct = default)
    {
        var unlinked = await db.EmployerAgreements.Where(a => a.EmployerId == null && a.EmployerName != "").ToListAsync(ct);
        if (unlinked.Count == 0)
        {
            return 0;
        }

        var byName = (await db.Employers.AsNoTracking().Select(e => new { e.Id, e.Name }).ToListAsync(ct))
            .GroupBy(e => Key(e.Name))
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Id);
        var linked = unlinked.Count(a => byName.TryGetValue(Key(a.EmployerName), out var employerId) && a.LinkTo(employerId));
        await db.SaveChangesAsync(ct);
        return linked;
    }

    /// <summary>The name as the link compares it: lower case, runs of white space as one space, trimmed.</summary>
    public static string Key(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
