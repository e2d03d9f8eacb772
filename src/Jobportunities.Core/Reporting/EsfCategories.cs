using Jobportunities.Core.Common;
using Jobportunities.Core.Programmes;

namespace Jobportunities.Core.Reporting;

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
