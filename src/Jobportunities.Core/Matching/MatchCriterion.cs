namespace Jobportunities.Core.Matching;

public enum MatchCriterion
{
    Sector,
    Hours,
    Skills,
    Travel,
}
