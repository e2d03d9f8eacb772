namespace Jobportunities.Core.Placements;

public enum DurableState
{
    /// <summary>The check date is more than <see cref="DueWindow.UpcomingWithinDays"/> days away.</summary>
    Pending,

    /// <summary>The check date is within the next <see cref="DueWindow.UpcomingWithinDays"/> days.</summary>
    Upcoming,

    /// <summary>The check date has come; the outcome can be recorded.</summary>
    Due,

    /// <summary>More than <see cref="DueWindow.OverdueAfterDays"/> days past the check date without an outcome.</summary>
    Overdue,

    /// <summary>Work stopped for longer than the programme allows: not durable, whatever the date.</summary>
    NotDurable,
}
