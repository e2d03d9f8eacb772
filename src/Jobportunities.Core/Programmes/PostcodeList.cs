using System.Text;

namespace Jobportunities.Core.Programmes;

/// <summary>
/// A region area's postcodes as a lead pastes them (spaces, commas, semicolons, new lines) or
/// uploads them (a one-column CSV, UTF-8, header optional). Duplicates are removed; whether each
/// code is a valid PC4 or PLZ is the form's check, so invalid codes can be named.
/// </summary>
public static class PostcodeList
{
    /// <summary>64 KB: room for thousands of codes, while a Landkreis has dozens.</summary>
    public const int MaxFileBytes = 64 * 1024;

    private static readonly char[] Separators = [' ', ',', ';', '\n', '\r', '\t', '"'];

    public static IReadOnlyList<string> Split(string? postcodes) =>
        (postcodes ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The file's codes; a first line without a digit (a header such as "postcode" or "PLZ") is skipped.</summary>
    public static (IReadOnlyList<string> Codes, PostcodeFileProblem Problem) ReadCsv(byte[] content)
    {
        if (content.Length > MaxFileBytes)
        {
            return ([], PostcodeFileProblem.TooLarge);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return ([], PostcodeFileProblem.NotUtf8);
        }

        var lines = text.Split('\n').Select(l => l.Trim().Trim('\r')).Where(l => l.Length > 0).ToList();
        if (lines.Count > 0 && !lines[0].Any(char.IsAsciiDigit))
        {
            lines.RemoveAt(0);
        }

        var codes = Split(string.Join('\n', lines));
        return codes.Count == 0 ? ([], PostcodeFileProblem.Empty) : (codes, PostcodeFileProblem.None);
    }
}
