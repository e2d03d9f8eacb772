namespace Jobportunities.Core.Participants;

/// <summary>The labour-market status as the person describes it at entry (ESF+ Annex I: employed, unemployed, inactive).</summary>
public enum LabourMarketAnswer
{
    /// <summary>Not asked: records from before the question, and referrals.</summary>
    Unknown,
    Employed,
    Unemployed,
    Inactive,
}

/// <summary>The answer to a voluntary question: never asked, yes, no, or "I'd rather not say".</summary>
public enum VoluntaryAnswer
{
    NotAsked,
    Yes,
    No,
    RatherNotSay,
}

/// <summary>
/// What the ESF+ indicators need to know about a person at entry and the file cannot derive
/// (docs/reporting.md, docs/privacy.md): one complex type on the application and the participant,
/// asked on the public form and kept by the own coach. Disability and minority are special-category
/// data: only the own coach sees them; the export holds aggregates only.
/// </summary>
public sealed record IndicatorAnswers
{
    public static readonly IndicatorAnswers NotAsked = new();

    public LabourMarketAnswer LabourMarket { get; init; }

    /// <summary>First day of the month since which the person has had no paid work; null when unknown or never worked.</summary>
    public DateOnly? WithoutWorkSince { get; init; }

    public bool NeverWorked { get; init; }

    public VoluntaryAnswer Disability { get; init; }

    public VoluntaryAnswer ThirdCountryNational { get; init; }

    public VoluntaryAnswer ForeignBackground { get; init; }

    public VoluntaryAnswer Minority { get; init; }

    public VoluntaryAnswer HousingExclusion { get; init; }
}
