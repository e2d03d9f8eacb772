namespace Jobportunities.Core.Placements;

/// <summary>
/// THE windows around a due date, seen from today, shared by the six-month durable check and the
/// follow-up after leaving (docs/product.md): upcoming within 30 days before the date, due from the
/// date on, overdue more than 30 days after it. Queries compare stored dates with
/// <see cref="OverdueBefore"/> and <see cref="UpcomingUntil"/>, so SQL and <see cref="StateOf"/> agree.
/// </summary>
public readonly record struct DueWindow(DateOnly Today)
{
    public const int UpcomingWithinDays = 30;
    public const int OverdueAfterDays = 30;

    /// <summary>A due date before this day is overdue.</summary>
    public DateOnly OverdueBefore => Today.AddDays(-OverdueAfterDays);

    /// <summary>A due date after today up to this day is upcoming.</summary>
    public DateOnly UpcomingUntil => Today.AddDays(UpcomingWithinDays);

    public DueWindowState StateOf(DateOnly dueDate) =>
        dueDate < OverdueBefore ? DueWindowState.Overdue
        : dueDate <= Today ? DueWindowState.Due
        : dueDate <= UpcomingUntil ? DueWindowState.Upcoming
        : DueWindowState.Pending;
}
