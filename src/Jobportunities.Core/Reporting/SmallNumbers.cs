namespace Jobportunities.Core.Reporting;

/// <summary>
/// THE small-numbers rule of every report (docs/product.md section 7), in one place: a count of 1 to 4
/// is shown as "&lt;5", so no one can be recognised. 0 is shown: it identifies no one. A figure
/// derived from a hidden count (a share, a cost per person) is hidden too, because it would give
/// the count away. Totals follow the same rule as any other count (docs/reporting.md).
/// </summary>
public static class SmallNumbers
{
    public const int Threshold = 5;

    /// <summary>What a hidden count shows, in every language and every export.</summary>
    public const string Label = "<5";

    public static bool IsHidden(int count) => count is > 0 and < Threshold;

    /// <summary>The count as shown: "&lt;5" when hidden, otherwise its digits (no grouping).</summary>
    public static string Show(int count) => IsHidden(count) ? Label : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>part / whole, or null when the whole is 0 or either count is hidden.</summary>
    public static double? Share(int part, int whole) =>
        whole == 0 || IsHidden(part) || IsHidden(whole) ? null : (double)part / whole;

    /// <summary>An amount per person, or null when there are no persons or their count is hidden.</summary>
    public static decimal? PerPerson(decimal amount, int persons) =>
        persons == 0 || IsHidden(persons) ? null : decimal.Round(amount / persons, 2, MidpointRounding.AwayFromZero);
}
