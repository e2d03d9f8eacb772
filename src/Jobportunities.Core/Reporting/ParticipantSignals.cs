using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// The data-quality signals (docs/reporting.md) of one person, from what their file already loaded:
/// the same definitions as <see cref="SignalService"/>'s queries over a caseload, applied in memory.
/// </summary>
public static class ParticipantSignals
{
    public static IReadOnlyList<SignalKind> For(Participant p, IReadOnlyList<DurableCheck> checks, DateOnly today)
    {
        var signals = new List<SignalKind>();
        var overdueBefore = new DueWindow(today).OverdueBefore;
        if (checks.Any(c => c.Outcome is null && c.State != DurableState.NotDurable && c.DueDate < overdueBefore))
        {
            signals.Add(SignalKind.CheckOverdue);
        }

        var contactBefore = today.AddDays(-SignalService.NoContactDays);
        if (p.Phase is not (Phase.Exited or Phase.Durable)
            && (p.LastContactDate < contactBefore || (p.LastContactDate is null && DateOnly.FromDateTime(p.CreatedUtc) < contactBefore)))
        {
            signals.Add(SignalKind.NoRecentContact);
        }

        if (checks.Any(c => ((c.Outcome is DurableOutcome.Durable or DurableOutcome.NotDurable) && c.Evidence is null)
            || (c.Outcome is null && c.DueDate < today && (c.State == DurableState.NotDurable || c.DueDate >= overdueBefore))))
        {
            signals.Add(SignalKind.PlacementWithoutEvidence);
        }

        return signals;
    }
}
