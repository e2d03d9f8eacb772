namespace Jobportunities.Core.Trajectories;

/// <summary>The cost-relevant facts of one plan instrument.</summary>
public sealed record CostLine(InstrumentStatus Status, DateOnly? ActualStart, decimal Cost);

public sealed record PayerAmount(PayerKind Payer, string? PayerName, decimal Percent, decimal Amount);

public sealed record PlanCostSummary(decimal Total, decimal ProgrammeShare, IReadOnlyList<PayerAmount> ByPayer);

/// <summary>
/// The cost of a plan, in one place: the sum of its plan instruments' costs, except a plan instrument stopped
/// before it started (nothing was delivered, so nothing is paid) and a withdrawn one (added by mistake). The total is split over the
/// payers by the plan's <see cref="CostSplit"/>; without one, the programme pays all. Amounts
/// are in cents; rounding differences go to the last payer, so the parts add up to the total.
/// The programme's spend is the sum of its plans' <see cref="PlanCostSummary.ProgrammeShare"/>.
/// </summary>
public static class PlanCost
{
    public static bool Counts(InstrumentStatus status, DateOnly? actualStart) =>
        status != InstrumentStatus.Withdrawn && !(status == InstrumentStatus.Stopped && actualStart is null);

    public static PlanCostSummary Compute(IEnumerable<CostLine> lines, IReadOnlyList<CostShareInput> shares)
    {
        var total = lines.Where(l => Counts(l.Status, l.ActualStart)).Sum(l => l.Cost);
        var split = shares.Count == 0 ? [new CostShareInput(PayerKind.Programme, null, 100m)] : shares;
        var parts = new List<PayerAmount>();
        var remaining = total;
        for (var i = 0; i < split.Count; i++)
        {
            var share = split[i];
            var amount = i == split.Count - 1 ? remaining : decimal.Round(total * share.Percent / 100m, 2, MidpointRounding.AwayFromZero);
            remaining -= amount;
            parts.Add(new PayerAmount(share.Payer, share.PayerName, share.Percent, amount));
        }

        return new PlanCostSummary(total, parts.Where(p => p.Payer == PayerKind.Programme).Sum(p => p.Amount), parts);
    }
}
