namespace Jobportunities.Core.Employers;

public enum VacancyStatus
{
    Open,
    Filled,
    Closed,
}
