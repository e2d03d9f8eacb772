namespace Jobportunities.Core.Programmes;

public static class BenefitSituations
{
    public static readonly IReadOnlyList<BenefitSituation> All = Enum.GetValues<BenefitSituation>();

    public static string ToCode(this BenefitSituation situation) => situation.ToString().ToLowerInvariant();

    public static bool TryParseCode(string? code, out BenefitSituation situation)
    {
        situation = default;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToCode(), code.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                situation = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>A set of situations as a bit mask, so it is one portable integer column.</summary>
    public static int ToMask(IEnumerable<BenefitSituation> situations) =>
        situations.Aggregate(0, (mask, s) => mask | (1 << (int)s));

    public static IReadOnlyList<BenefitSituation> FromMask(int mask) =>
        All.Where(s => (mask & (1 << (int)s)) != 0).ToList();
}
