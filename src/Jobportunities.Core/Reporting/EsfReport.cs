using Jobportunities.Core.Common;
using Jobportunities.Core.Programmes;

namespace Jobportunities.Core.Reporting;

/// <summary>ISCED groups of the ESF+ education indicator.</summary>
public enum IscedLevel
{
    Isced0To2,
    Isced3To4,
    Isced5To8,
    Unknown,
}

/// <summary>Labour-market status at entry, as far as the file tells (docs/reporting.md).</summary>
public enum LabourMarketStatus
{
    Unemployed,
    Inactive,
    Employed,
    Unknown,
}

public static class EsfCategories
{
    public static IscedLevel Isced(EducationLevel? level) => level switch
    {
        EducationLevel.NoneOrPrimary or EducationLevel.LowerSecondary => IscedLevel.Isced0To2,
        EducationLevel.UpperSecondary => IscedLevel.Isced3To4,
        EducationLevel.Tertiary => IscedLevel.Isced5To8,
        _ => IscedLevel.Unknown,
    };

    /// <summary>For a person not in (supported) paid work at entry: registered benefits mean unemployed, no benefit inactive.</summary>
    public static LabourMarketStatus FromBenefit(BenefitSituation benefit) => benefit switch
    {
        BenefitSituation.Ww or BenefitSituation.Sgb3 or BenefitSituation.Bijstand or BenefitSituation.Sgb2 => LabourMarketStatus.Unemployed,
        BenefitSituation.None => LabourMarketStatus.Inactive,
        _ => LabourMarketStatus.Unknown,
    };

    /// <summary>Participatieladder step 5 (paid work with support) or 6 (paid work) at entry: employed.</summary>
    public const int EmployedFromLadderStep = 5;
}

/// <summary>The ESF+ participant indicators of one programme over a period; every person counted once.</summary>
public sealed record EsfReport(
    ReportProgramme Programme,
    ReportPeriod Period,
    DateOnly Today,
    int Participants,
    IReadOnlyList<Tally<Gender>> Gender,
    IReadOnlyList<Tally<EsfAgeBand>> AgeBand,
    IReadOnlyList<Tally<IscedLevel>> Education,
    IReadOnlyList<Tally<LabourMarketStatus>> LabourMarket,
    IReadOnlyList<Tally<BenefitSituation>> Benefit,
    IReadOnlyList<Tally<string>> Country,
    LeavingFigures Leaving,
    SixMonthFigures SixMonths)
{
    /// <summary>The common output and result indicators of Annex I, in its order, each by gender.</summary>
    public IReadOnlyList<EsfIndicator> Indicators { get; init; } = [];

    public GenderCounts Leavers { get; init; } = GenderCounts.None;

    public GenderCounts MeasurableAfterSixMonths { get; init; } = GenderCounts.None;

    /// <summary>Entrants whose postcode gives no degree of urbanisation (EECO17 cannot say whether they are rural).</summary>
    public GenderCounts RuralUnknown { get; init; } = GenderCounts.None;
}

/// <summary>The parts of Annex I of Regulation (EU) 2021/1057 that concern participants.</summary>
public enum EsfSection
{
    Output,
    OtherOutput,
    ImmediateResult,
    LongerTermResult,
}

/// <summary>Persons by gender, as Annex I asks ("women, men, non-binary persons"); unknown kept apart.</summary>
public sealed record GenderCounts(int Women, int Men, int NonBinary, int Unknown)
{
    public static readonly GenderCounts None = new(0, 0, 0, 0);

    public int Total => Women + Men + NonBinary + Unknown;
}

/// <summary>One Annex I indicator with its code and its count by gender (the file can tell every one it lists).</summary>
public sealed record EsfIndicator(string Code, EsfSection Section, GenderCounts Counts);

/// <summary>Persons whose last participation ended in the period, and their status upon leaving.</summary>
public sealed record LeavingFigures(int Leavers, int InEmployment, int JobSearching, int InEducationOrTraining, int GainedQualification);

/// <summary>Leavers of the period whose six months have passed, and how many of them were in employment then.</summary>
public sealed record SixMonthFigures(int Measurable, int InEmployment);
