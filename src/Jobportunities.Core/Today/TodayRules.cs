using Jobportunities.Core.Placements;
using Jobportunities.Core.Trajectories;

namespace Jobportunities.Core.Today;

/// <summary>
/// What the start page "Vandaag" counts as due (docs/product.md, "Vandaag"), in one place: a next
/// action is due today on its date and overdue after it; a durable check shows from
/// <see cref="CheckHorizonDays"/> days before its date and is overdue by the durable-check rule's
/// measure; "this week" runs Monday to Sunday around today (ISO weeks, as planners in NL and DE use).
/// </summary>
public static class TodayRules
{
    public const int CheckHorizonDays = 14;

    public static ActionDue? Action(DateOnly? date, DateOnly today) =>
        date is not { } d || d > today ? null : d == today ? ActionDue.DueToday : ActionDue.Overdue;

    public static CheckDue? Check(DateOnly dueDate, DateOnly today) =>
        dueDate > today.AddDays(CheckHorizonDays) ? null
            : dueDate > today ? CheckDue.Upcoming
            : dueDate < new DueWindow(today).OverdueBefore ? CheckDue.Overdue
            : CheckDue.Due;

    /// <summary>The last day a check is shown for: today plus the horizon.</summary>
    public static DateOnly CheckShownUntil(DateOnly today) => today.AddDays(CheckHorizonDays);

    public static (DateOnly Monday, DateOnly Sunday) Week(DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return (monday, monday.AddDays(6));
    }

    /// <summary>
    /// A plan item to act on this week: a planned one whose planned start falls in the week (start it,
    /// or move it), a running one whose planned end does (close it). TodayService's queries say the same.
    /// </summary>
    public static bool InstrumentThisWeek(InstrumentStatus status, DateOnly? plannedStart, DateOnly? plannedEnd, DateOnly today) => status switch
    {
        InstrumentStatus.Planned => InWeek(plannedStart, today),
        InstrumentStatus.Running => InWeek(plannedEnd, today),
        _ => false,
    };

    public static bool InWeek(DateOnly? date, DateOnly today)
    {
        var (monday, sunday) = Week(today);
        return date is { } d && d >= monday && d <= sunday;
    }
}
