using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Jobportunities.Core.Trajectories;

public sealed record ProgrammeSpend(decimal Budget, decimal Spent, int Plans)
{
    public decimal Remaining => Budget - Spent;
}

/// <summary>
/// The programme's spend so far: the programme's share (<see cref="PlanCost"/>) of every plan
/// of its participants, exited ones included (what was spent stays spent).
/// </summary>
public sealed class ProgrammeSpendService(AppDbContext db, IMemoryCache cache)
{
    /// <summary>How long a page about one person may show the programme's spend before it is summed again (ADR 0018).</summary>
    public static readonly TimeSpan SharedFor = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The programme's spend for a page about one participant (the plan page): summed at most once
    /// a minute per programme, so a plan view costs what the one plan costs, not the whole programme.
    /// One sum at a time per programme: requests that arrive while it runs wait for that one instead of
    /// each summing the programme again (with 90,000 participants every plan view of that minute did).
    /// The sum is not cancelled with a request, because others may be waiting for it; a failed sum is
    /// forgotten, so the next view tries again.
    /// </summary>
    public async Task<ProgrammeSpend> ForPlanPageAsync(int programmeId, CancellationToken ct = default)
    {
        var key = ("programme-spend", programmeId);
        return await cache.SharedAsync(key, SharedFor, () => ForProgrammeAsync(programmeId, CancellationToken.None), ct);
    }

    public async Task<ProgrammeSpend> ForProgrammeAsync(int programmeId, CancellationToken ct = default)
    {
        var budget = await db.Programmes.Where(p => p.Id == programmeId).Select(p => p.Budget).FirstOrDefaultAsync(ct);
        var inProgramme = db.Participants.Where(p => p.ProgrammeId == programmeId).Select(p => p.Id);
        var lines = await db.PlanInstruments.AsNoTracking().Where(i => inProgramme.Contains(i.ParticipantId))
            .Select(i => new { i.ParticipantId, i.Status, i.ActualStart, i.Cost }).ToListAsync(ct);
        var shares = (await db.CostShares.AsNoTracking().Where(s => inProgramme.Contains(s.ParticipantId)).OrderBy(s => s.Id).ToListAsync(ct))
            .ToLookup(s => s.ParticipantId);
        var spent = lines.GroupBy(l => l.ParticipantId)
            .Sum(plan => PlanCost.Compute(plan.Select(l => new CostLine(l.Status, l.ActualStart, l.Cost)), shares[plan.Key].Select(s => s.ToInput()).ToList()).ProgrammeShare);
        return new ProgrammeSpend(budget, spent, lines.Select(l => l.ParticipantId).Distinct().Count());
    }
}
