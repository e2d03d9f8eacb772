using System.Globalization;
using System.Text.RegularExpressions;
using Jobportunities.Core.Organisations;

namespace Jobportunities.Core.Employers;

public enum RegistrationCheck
{
    Valid,

    /// <summary>Not a KvK number (NL) or not a register type and number (DE).</summary>
    Invalid,

    /// <summary>DE: type and number without the register court. Numbers repeat between courts.</summary>
    CourtMissing,
}

/// <summary>
/// The employer identifiers. NL: the KvK number, exactly 8 digits (spaces and dots forgiven).
/// DE: the Handelsregister entry, register type (HRA, HRB, GnR, PR, VR) and number, plus the
/// register court, because the same number exists at many courts. Letterheads write it either
/// way round ("Amtsgericht Osnabrück HRB 12345", "HRB 12345, AG Osnabrück"); both normalise to
/// "HRB 12345 Osnabrück", so a duplicate is found whichever way it was typed.
/// </summary>
public static partial class EmployerRegistration
{
    public static RegistrationCheck Check(string country, string? input)
    {
        var normalised = Parse(country, input, out var hasCourt);
        if (normalised is null)
        {
            return RegistrationCheck.Invalid;
        }

        return hasCourt ? RegistrationCheck.Valid : RegistrationCheck.CourtMissing;
    }

    /// <summary>The stored form, or null when invalid. A DE entry without court is returned without one; forms refuse it (<see cref="Check"/>).</summary>
    public static string? Normalise(string country, string? input) => Parse(country, input, out _);

    private static string? Parse(string country, string? input, out bool hasCourt)
    {
        hasCourt = true;
        if (string.IsNullOrWhiteSpace(input) || !Countries.IsSupported(country))
        {
            return null;
        }

        if (country.Trim().ToUpperInvariant() == Countries.Netherlands)
        {
            var digits = input.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Trim();
            return Kvk().IsMatch(digits) ? digits : null;
        }

        var cleaned = Whitespace().Replace(Noise().Replace(input, " "), " ").Trim();
        var match = TypeFirst().Match(cleaned);
        if (!match.Success)
        {
            match = CourtFirst().Match(cleaned);
        }

        if (!match.Success)
        {
            return null;
        }

        var type = Types.First(t => t.Equals(match.Groups["type"].Value, StringComparison.OrdinalIgnoreCase));
        var number = match.Groups["number"].Value + (match.Groups["suffix"].Success ? " " + match.Groups["suffix"].Value : "");
        var court = match.Groups["court"].Success ? Court(match.Groups["court"].Value) : "";
        hasCourt = court.Length > 0;
        return court.Length == 0 ? $"{type} {number}" : $"{type} {number} {court}";
    }

    private static readonly string[] Types = ["HRA", "HRB", "GnR", "PR", "VR"];

    private static string Court(string value) =>
        CultureInfo.GetCultureInfo("de-DE").TextInfo.ToTitleCase(value.Trim().Trim('.', '-').Trim().ToLower(CultureInfo.GetCultureInfo("de-DE")));

    [GeneratedRegex("^[0-9]{8}$")]
    private static partial Regex Kvk();

    // Words around the entry that say nothing: "Amtsgericht", "AG", "Registergericht", "Handelsregister", punctuation.
    [GeneratedRegex(@"(?i)\b(?:amtsgericht|registergericht|registernummer|handelsregister|ag)\b\.?|[:,;]")]
    private static partial Regex Noise();

    [GeneratedRegex(@"^(?<type>(?i:HRA|HRB|GnR|PR|VR))\s?(?<number>[0-9]{1,6})(?:\s?(?<suffix>[A-Z]{1,2})(?=\s|$))?(?:\s+(?<court>\p{L}[\p{L} .()\-]*))?$")]
    private static partial Regex TypeFirst();

    [GeneratedRegex(@"^(?<court>\p{L}[\p{L} .()\-]*?)\s+(?<type>(?i:HRA|HRB|GnR|PR|VR))\s?(?<number>[0-9]{1,6})(?:\s?(?<suffix>[A-Z]{1,2}))?$")]
    private static partial Regex CourtFirst();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
