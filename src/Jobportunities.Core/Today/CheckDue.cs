using Jobportunities.Core.Placements;

namespace Jobportunities.Core.Today;

public enum CheckDue
{
    /// <summary>The check date is within the next <see cref="TodayRules.CheckHorizonDays"/> days.</summary>
    Upcoming,

    /// <summary>The check date has come, at most <see cref="DueWindow.OverdueAfterDays"/> days ago.</summary>
    Due,

    /// <summary>More than <see cref="DueWindow.OverdueAfterDays"/> days past the check date.</summary>
    Overdue,
}
