namespace Jobportunities.Core.Today;

public enum ActionDue
{
    Overdue,
    DueToday,
}
