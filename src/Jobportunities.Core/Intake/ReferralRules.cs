using Jobportunities.Core.Common;
using System.Globalization;

namespace Jobportunities.Core.Intake;

/// <summary>The checks a referral's own fields share, whether typed in the form or read from a CSV row; the person's fields follow <see cref="PersonRules"/>.</summary>
public static class ReferralRules
{
    public const int ExternalReferenceMaxLength = FieldLengths.Intake.ExternalReference;
    public const int ReasonMaxLength = FieldLengths.Intake.ReferralReason;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy"];

    /// <summary>YYYY-MM-DD, DD-MM-YYYY (Dutch spreadsheets) or DD.MM.YYYY (German ones).</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>yes/no in the spellings of both countries' spreadsheets: yes, ja, true, 1 / no, nee, nein, false, 0.</summary>
    public static bool TryParseYesNo(string text, out bool value)
    {
        var lower = text.Trim().ToLowerInvariant();
        value = lower is "yes" or "ja" or "true" or "j" or "y" or "1";
        return value || lower is "no" or "nee" or "nein" or "false" or "n" or "0";
    }
}
