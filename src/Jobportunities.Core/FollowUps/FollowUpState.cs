using Jobportunities.Core.Placements;

namespace Jobportunities.Core.FollowUps;

public enum FollowUpState
{
    /// <summary>The due date is more than <see cref="DueWindow.UpcomingWithinDays"/> days away.</summary>
    Pending,

    /// <summary>The due date is within the next <see cref="DueWindow.UpcomingWithinDays"/> days.</summary>
    Upcoming,

    /// <summary>The due date has come; the situation can be recorded.</summary>
    Due,

    /// <summary>More than <see cref="DueWindow.OverdueAfterDays"/> days past the due date without a record (a signal).</summary>
    Overdue,

    Recorded,

    Withdrawn,
}
