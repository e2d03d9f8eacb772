using System.Globalization;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// Amounts in euro in the user's language. The request cultures are neutral (nl, de, en), which
/// know no currency, so money is formatted with a specific culture of the same language.
/// </summary>
public static class Formats
{
    public static string Euro(decimal amount, int decimals = 0) =>
        amount.ToString("C" + decimals.ToString(CultureInfo.InvariantCulture), MoneyCulture());

    private static CultureInfo MoneyCulture() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "de" => CultureInfo.GetCultureInfo("de-DE"),
        "en" => CultureInfo.GetCultureInfo("en-IE"),
        _ => CultureInfo.GetCultureInfo("nl-NL"),
    };
}
