using Jobportunities.Core.Common;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Jobportunities.Core.Intake;

/// <summary>The checks a referral's fields share, whether typed in the form or read from a CSV row.</summary>
public static partial class ReferralRules
{
    public const int NameMaxLength = FieldLengths.Person.GivenName;
    public const int EmailMaxLength = FieldLengths.Person.Email;
    public const int ExternalReferenceMaxLength = FieldLengths.Intake.ExternalReference;
    public const int ReasonMaxLength = FieldLengths.Intake.ReferralReason;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy"];

    /// <summary>YYYY-MM-DD, DD-MM-YYYY (Dutch spreadsheets) or DD.MM.YYYY (German ones).</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>In the past and at most 110 years ago, as on the public form.</summary>
    public static bool IsPlausibleBirthDate(DateOnly birthDate, DateOnly today) =>
        birthDate < today && birthDate > today.AddYears(-110);

    public static bool IsEmail(string? text) => text is not null && text.Trim().Length <= EmailMaxLength && EmailPattern().IsMatch(text.Trim());

    public static bool IsPhone(string? text) => text is not null && PhonePattern().IsMatch(text.Trim());

    /// <summary>yes/no in the spellings of both countries' spreadsheets: yes, ja, true, 1 / no, nee, nein, false, 0.</summary>
    public static bool TryParseYesNo(string text, out bool value)
    {
        var lower = text.Trim().ToLowerInvariant();
        value = lower is "yes" or "ja" or "true" or "j" or "y" or "1";
        return value || lower is "no" or "nee" or "nein" or "false" or "n" or "0";
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9 ()\-/]{8,20}$")]
    private static partial Regex PhonePattern();
}
