namespace Jobportunities.Core.FollowUps;

/// <summary>
/// For a person employed at entry who is in work six months after leaving: whether, and how, their
/// labour-market situation improved (the Commission's four criteria for the ESF+ result indicator
/// "participants with an improved labour market situation six months after leaving", docs/reporting.md).
/// A higher wage alone, or a better fit with the labour market without a change of job, hours or
/// position, is not an improvement in this sense.
/// </summary>
public enum FollowUpImprovement
{
    /// <summary>From precarious (temporary, on call, agency) to stable employment.</summary>
    StableEmployment,

    /// <summary>From underemployment (fewer hours than wanted) to full employment.</summary>
    FullEmployment,

    /// <summary>To a job requiring higher competences, skills or qualifications, with more responsibility.</summary>
    HigherSkilledJob,

    /// <summary>Promoted.</summary>
    Promotion,

    NotImproved,

    Unknown,
}
