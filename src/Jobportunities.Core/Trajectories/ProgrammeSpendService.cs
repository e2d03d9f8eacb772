using Jobportunities.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Trajectories;

public sealed record ProgrammeSpend(decimal Budget, decimal Spent, int Plans)
{
    public decimal Remaining => Budget - Spent;
}

/// <summary>
/// The programme's spend so far: the programme's share (<see cref="PlanCost"/>) of every plan
/// of its participants, exited ones included (what was spent stays spent).
/// </summary>
public sealed class ProgrammeSpendService(AppDbContext db)
{
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
