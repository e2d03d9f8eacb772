using Jobportunities.Core.Placements;
using Jobportunities.Core.Programmes;
using Jobportunities.Core.Reporting;

namespace Jobportunities.Core.Participants;

/// <summary>The current placement with its employer's name, and its durable check as the rule sees it today.</summary>
public sealed record SummaryPlacement(Placement Placement, string EmployerName, DurableCheck? Check);

/// <summary>
/// What the top of a file says beyond the participant row: who stands in for the coach today, the
/// current placement with the state of its durable check, and the person's open signals. Empty for a
/// user who does not see placements (<see cref="SeesPlacements"/>); read by <see cref="ParticipantFileService"/>
/// in the query of the file's consents, so the summary costs the page no query of its own.
/// </summary>
public sealed record FileSummary(string? StandInName, SummaryPlacement? Placement, IReadOnlyList<SignalKind> Signals)
{
    public static readonly FileSummary Empty = new(null, null, []);

    /// <summary>Placement, durable check and signals: for the own coach, the stand-in and the lead of the programme, as on the placements page.</summary>
    public static bool SeesPlacements(FileRights rights) => rights.SeesProfile || rights.CanAssignCoach;

    /// <summary>
    /// The summary from the rows read: open checks are evaluated in memory under the programme's rule
    /// (a read never writes their state); the current placement is the latest one still running, else the latest.
    /// </summary>
    public static FileSummary From(Participant p, string? standIn, IReadOnlyList<(Placement Placement, string Employer)> placements, IReadOnlyList<DurableCheck> checks, DurableCheckRule rule, DateOnly today)
    {
        var all = placements.Select(x => x.Placement).ToList();
        foreach (var check in checks.Where(c => c.Outcome is null && all.Any(pl => pl.Id == c.PlacementId)))
        {
            check.Apply(DurableCheckCalculator.Evaluate(rule, all.First(pl => pl.Id == check.PlacementId), all, today));
        }

        var ordered = placements.OrderByDescending(x => x.Placement.StartDate).ThenByDescending(x => x.Placement.Id).ToList();
        var running = ordered.FindIndex(x => x.Placement.EndDate is null || x.Placement.EndDate >= today);
        SummaryPlacement? placement = null;
        if (ordered.Count > 0)
        {
            // The check follows the placement that opened it (the first that counts), which need not be the current one.
            var (shown, employer) = ordered[Math.Max(running, 0)];
            var check = checks.Where(c => c.PlacementId == shown.Id).OrderByDescending(c => c.DueDate).FirstOrDefault()
                ?? checks.OrderByDescending(c => c.DueDate).FirstOrDefault();
            placement = new SummaryPlacement(shown, employer, check);
        }

        return new FileSummary(standIn, placement, ParticipantSignals.For(p, checks, today));
    }
}
