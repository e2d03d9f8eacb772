namespace Jobportunities.Core.Programmes;

/// <summary>
/// Who a programme is for, apart from the region: age range, benefit situations and, optionally,
/// "WW ending within N months" (a person on WW is then only in scope when the WW ends that soon).
/// </summary>
public sealed class EligibilitySettings
{
    private EligibilitySettings()
    {
    }

    public const int MaxWwEndWithinMonths = 36;

    public EligibilitySettings(int minimumAge, int maximumAge, IEnumerable<BenefitSituation> benefitsInScope, int? wwEndWithinMonths = null)
    {
        if (minimumAge < 0 || maximumAge < minimumAge || maximumAge > 120)
        {
            throw new ArgumentOutOfRangeException(nameof(maximumAge), "The age range is not valid.");
        }

        var mask = BenefitSituations.ToMask(benefitsInScope);
        if (mask == 0)
        {
            throw new ArgumentException("At least one benefit situation must be in scope.", nameof(benefitsInScope));
        }

        if (wwEndWithinMonths is < 1 or > MaxWwEndWithinMonths)
        {
            throw new ArgumentOutOfRangeException(nameof(wwEndWithinMonths), "The WW end condition is 1 to 36 months.");
        }

        if (wwEndWithinMonths is not null && (mask & (1 << (int)BenefitSituation.Ww)) == 0)
        {
            throw new ArgumentException("The WW end condition needs WW in scope.", nameof(wwEndWithinMonths));
        }

        MinimumAge = minimumAge;
        WwEndWithinMonths = wwEndWithinMonths;
        MaximumAge = maximumAge;
        BenefitMask = mask;
    }

    public int MinimumAge { get; private set; }

    /// <summary>Inclusive: with 67, a person of 67 years and 364 days is still in scope.</summary>
    public int MaximumAge { get; private set; }

    public int BenefitMask { get; private set; }

    /// <summary>Null: WW counts like any benefit in scope. A number: WW only when it ends within that many months.</summary>
    public int? WwEndWithinMonths { get; private set; }

    /// <summary>Whether the WW end date decides eligibility for a person with this benefit.</summary>
    public bool AsksWwEndDate(BenefitSituation situation) => situation == BenefitSituation.Ww && WwEndWithinMonths is not null;

    public IReadOnlyList<BenefitSituation> BenefitsInScope => BenefitSituations.FromMask(BenefitMask);

    public bool Covers(BenefitSituation situation) => (BenefitMask & (1 << (int)situation)) != 0;
}
