namespace Jobportunities.Core.Programmes;

/// <summary>Who a programme is for, apart from the region: age range and benefit situations.</summary>
public sealed class EligibilitySettings
{
    private EligibilitySettings()
    {
    }

    public EligibilitySettings(int minimumAge, int maximumAge, IEnumerable<BenefitSituation> benefitsInScope)
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

        MinimumAge = minimumAge;
        MaximumAge = maximumAge;
        BenefitMask = mask;
    }

    public int MinimumAge { get; private set; }

    /// <summary>Inclusive: with 67, a person of 67 years and 364 days is still in scope.</summary>
    public int MaximumAge { get; private set; }

    public int BenefitMask { get; private set; }

    public IReadOnlyList<BenefitSituation> BenefitsInScope => BenefitSituations.FromMask(BenefitMask);

    public bool Covers(BenefitSituation situation) => (BenefitMask & (1 << (int)situation)) != 0;
}
