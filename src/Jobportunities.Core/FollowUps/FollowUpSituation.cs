namespace Jobportunities.Core.FollowUps;

/// <summary>The participant's situation six months after leaving, as the coach learned it.</summary>
public enum FollowUpSituation
{
    Employed,
    SelfEmployed,
    InEducation,
    LookingForWork,
    Unknown,
}
