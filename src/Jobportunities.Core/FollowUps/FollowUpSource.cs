namespace Jobportunities.Core.FollowUps;

/// <summary>Who told the coach the situation.</summary>
public enum FollowUpSource
{
    Participant,
    Employer,
    Other,
}
