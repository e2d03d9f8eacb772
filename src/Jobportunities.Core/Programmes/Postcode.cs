using System.Text.RegularExpressions;
using Jobportunities.Core.Organisations;

namespace Jobportunities.Core.Programmes;

/// <summary>
/// A postcode in NL ("7741 AB", area "7741": PC4) or DE ("49716", area = the PLZ itself).
/// Parsing forgives spaces and case: "7741ab", " 7741 AB ", "49716 ".
/// </summary>
public sealed partial record Postcode
{
    private Postcode(string country, string value, string area)
    {
        Country = country;
        Value = value;
        Area = area;
    }

    public string Country { get; }

    /// <summary>The normalised postcode: "7741 AB", "7741" or "49716".</summary>
    public string Value { get; }

    /// <summary>The area a programme's region lists: PC4 in NL, the PLZ in DE.</summary>
    public string Area { get; }

    public override string ToString() => Value;

    public static bool TryParse(string? input, string? country, out Postcode? postcode)
    {
        postcode = null;
        if (string.IsNullOrWhiteSpace(input) || !Countries.IsSupported(country))
        {
            return false;
        }

        var compact = WhiteSpace().Replace(input, "").ToUpperInvariant();
        switch (country!.Trim().ToUpperInvariant())
        {
            case Countries.Netherlands:
                var nl = DutchPostcode().Match(compact);
                if (!nl.Success)
                {
                    return false;
                }

                var digits = nl.Groups["digits"].Value;
                var letters = nl.Groups["letters"].Value;
                var value = letters.Length == 0 ? digits : $"{digits} {letters}";
                postcode = new Postcode(Countries.Netherlands, value, digits);
                return true;
            case Countries.Germany:
                if (!GermanPostcode().IsMatch(compact))
                {
                    return false;
                }

                postcode = new Postcode(Countries.Germany, compact, compact);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Normalises an area code as stored in a region: a PC4 or a PLZ.</summary>
    public static bool TryParseArea(string? input, string country, out string area)
    {
        area = "";
        if (!TryParse(input, country, out var postcode) || postcode!.Value != postcode.Area)
        {
            return false;
        }

        area = postcode.Area;
        return true;
    }

    // Dutch PC4 never starts with 0; the letter pairs SA, SD and SS are not issued.
    [GeneratedRegex("^(?<digits>[1-9][0-9]{3})(?<letters>(?!SA|SD|SS)[A-Z]{2})?$")]
    private static partial Regex DutchPostcode();

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex GermanPostcode();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
