namespace Jobportunities.Core.Placements;

/// <summary>Where a due date stands from today, in the windows of <see cref="DueWindow"/>.</summary>
public enum DueWindowState
{
    /// <summary>The due date is more than <see cref="DueWindow.UpcomingWithinDays"/> days away.</summary>
    Pending,

    /// <summary>The due date is within the next <see cref="DueWindow.UpcomingWithinDays"/> days.</summary>
    Upcoming,

    /// <summary>The due date has come, at most <see cref="DueWindow.OverdueAfterDays"/> days ago.</summary>
    Due,

    /// <summary>More than <see cref="DueWindow.OverdueAfterDays"/> days past the due date.</summary>
    Overdue,
}
