namespace Jobportunities.Core.Intake;

public enum BsnProblem
{
    None,

    /// <summary>Not 9 digits (or 8 with the leading zero left out).</summary>
    Format,

    /// <summary>9 digits that fail the elfproef.</summary>
    Elfproef,

    /// <summary>A BSN is Dutch: not for a candidate who lives in Germany.</summary>
    NotForCountry,
}

/// <summary>
/// The burgerservicenummer (BSN): optional on referrals, for candidates in the Netherlands only.
/// Nine digits passing the elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0).
/// Eight digits are accepted as a BSN whose leading zero was dropped (spreadsheets do that to
/// "012345672"); spaces, dots and hyphens between digits are ignored. The value is never written
/// to messages or logs; <see cref="Mask"/> shows the last four digits.
/// </summary>
public static class Bsn
{
    /// <summary>Checks an optional BSN; an empty value is no problem (and no BSN).</summary>
    public static BsnProblem Check(string? input, string? country, out string? bsn)
    {
        bsn = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return BsnProblem.None;
        }

        if (!string.Equals(country?.Trim(), "NL", StringComparison.OrdinalIgnoreCase))
        {
            return BsnProblem.NotForCountry;
        }

        var digits = new string(input.Where(c => c is not (' ' or '.' or '-')).ToArray());
        if (digits.Length == 8)
        {
            digits = "0" + digits;
        }

        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit))
        {
            return BsnProblem.Format;
        }

        if (!PassesElfproef(digits))
        {
            return BsnProblem.Elfproef;
        }

        bsn = digits;
        return BsnProblem.None;
    }

    public static bool PassesElfproef(string nineDigits)
    {
        if (nineDigits.Length != 9 || !nineDigits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (nineDigits[i] - '0');
        }

        sum -= nineDigits[8] - '0';
        return sum != 0 && sum % 11 == 0;
    }

    /// <summary>"*****1234": enough to compare with a letter, not enough to use.</summary>
    public static string Mask(string bsn) => "*****" + bsn[^4..];
}

/// <summary>
/// Encrypts BSNs for storage and makes the keyed hash that finds the same BSN again (duplicate
/// detection) without decrypting. Implemented in the web layer with ASP.NET Core Data Protection.
/// </summary>
public interface IBsnProtector
{
    string Protect(string bsn);

    string Unprotect(string protectedBsn);

    /// <summary>HMAC-SHA256 of the BSN with the application's hash key, hex.</summary>
    string Hash(string bsn);
}
