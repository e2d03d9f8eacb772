namespace Jobportunities.Core.Intake;

/// <summary>How an application reached the programme.</summary>
public enum ApplicationSource
{
    /// <summary>The candidate's own public intake form.</summary>
    PublicForm,

    /// <summary>A referrer's form.</summary>
    ReferralForm,

    /// <summary>A row of a referrer's CSV upload.</summary>
    ReferralCsv,

    /// <summary>A partner system through the JSON API.</summary>
    ReferralApi,
}

public enum ApplicationStatus
{
    New,
    Accepted,
    Declined,
}

/// <summary>How the candidate heard of the programme (for reports on recruitment).</summary>
public enum HeardVia
{
    Uwv,
    AgenturFuerArbeit,
    Municipality,
    SocialMedia,
    FamilyOrFriends,
    Newspaper,
    Employer,
    Other,
}

public static class ApplicationSources
{
    public static bool IsReferral(this ApplicationSource source) => source != ApplicationSource.PublicForm;
}
