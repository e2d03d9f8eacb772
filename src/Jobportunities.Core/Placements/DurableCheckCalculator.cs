using Jobportunities.Core.Programmes;

namespace Jobportunities.Core.Placements;

/// <summary>
/// THE durable-check rule (docs/product.md section 6), in one place. A placement is checked at start +
/// the programme's period in calendar months (31 Aug + 6 = 28 Feb; 29 Feb in a leap year). The
/// person's placements are looked at together: placements of kinds that count, with at least the
/// minimum hours, cover days; overlapping placements merge; a change of employer with a break of
/// at most MaxBreakDays days without work still counts. A break longer than that before the check
/// date makes it "not durable" at once, without waiting for the date.
/// </summary>
public static class DurableCheckCalculator
{
    /// <summary>The windows around the check date are <see cref="DueWindow"/>'s (kept here for the callers that name them).</summary>
    public const int UpcomingWithinDays = DueWindow.UpcomingWithinDays;

    /// <summary>See <see cref="DueWindow.OverdueAfterDays"/>.</summary>
    public const int OverdueAfterDays = DueWindow.OverdueAfterDays;

    /// <summary>
    /// THE month-end rule of every "N calendar months later" date: the same day N months on, or the
    /// month's last day when it has fewer days (31 August + 6 = 28 February; 29 February in a leap year).
    /// Computed here in C# and stored, so both database providers see the same date.
    /// </summary>
    public static DateOnly MonthsLater(DateOnly start, int months) => start.AddMonths(months);

    public static bool Counts(DurableCheckRule rule, Placement placement) =>
        placement.Kind switch
        {
            PlacementKind.Job => true,
            PlacementKind.WorkAndLearn => rule.WorkAndLearnCounts,
            PlacementKind.SelfEmployment => rule.SelfEmploymentCounts,
            _ => false,
        }
        && (rule.MinimumHoursPerWeek is not { } minimum || placement.HoursPerWeek >= minimum);

    /// <summary>The date-driven state of a check that is not broken: <see cref="DueWindow"/>'s window in this rule's words.</summary>
    public static DurableState StateOn(DateOnly dueDate, DateOnly today) => new DueWindow(today).StateOf(dueDate) switch
    {
        DueWindowState.Overdue => DurableState.Overdue,
        DueWindowState.Due => DurableState.Due,
        DueWindowState.Upcoming => DurableState.Upcoming,
        _ => DurableState.Pending,
    };

    public static DurableEvaluation Evaluate(DurableCheckRule rule, Placement anchor, IEnumerable<Placement> placements, DateOnly today)
    {
        var due = rule.DueDate(anchor.StartDate);
        var periods = placements.Where(p => Counts(rule, p) && p.StartDate >= anchor.StartDate && p.StartDate <= due)
            .Select(p => p.Period)
            .Append(anchor.Period)
            .OrderBy(p => p.Start)
            .ToList();

        // Walk the merged coverage from the anchor's start to the check date, looking for a break that is too long.
        var coveredUntil = periods[0].End;
        var brokenSince = (DateOnly?)null;
        foreach (var period in periods.Skip(1))
        {
            if (coveredUntil is null)
            {
                break; // an open-ended placement covers everything after it
            }

            var gapDays = period.Start.DayNumber - coveredUntil.Value.DayNumber - 1;
            if (gapDays > rule.MaxBreakDays)
            {
                brokenSince = coveredUntil.Value.AddDays(1);
                break;
            }

            if (period.End is null || period.End > coveredUntil)
            {
                coveredUntil = period.End;
            }
        }

        // Work that ended with nothing after it: broken once the allowed break has run out before the check date.
        if (brokenSince is null && coveredUntil is { } lastDay && lastDay < due)
        {
            var breakEnds = lastDay.AddDays(rule.MaxBreakDays);
            if (breakEnds < due && today > breakEnds)
            {
                brokenSince = lastDay.AddDays(1);
            }
        }

        var inWorkOnDue = brokenSince is null && (coveredUntil is null || coveredUntil >= due);
        var state = brokenSince is not null ? DurableState.NotDurable : StateOn(due, today);
        return new DurableEvaluation(due, state, brokenSince, inWorkOnDue);
    }
}
