using CsvHelper;

namespace Jobportunities.Core.Intake;

/// <summary>One record of a CSV file: the line it starts on (1-based) and its fields.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, bool QuoteNotClosed)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Reads CSV text with CsvHelper (RFC 4180: quoted fields with doubled quotes, delimiters and
/// line breaks inside quotes, CRLF, LF or CR) and gives each record the physical line it starts
/// on, which the upload report names. Writes the report's lines by hand, because those need the
/// spreadsheet-formula guard below.
/// </summary>
public static class ReferralCsvText
{
    /// <summary>The header line's delimiter, ; or , as CsvHelper detects it (; when it finds neither).</summary>
    public static char DetectDelimiter(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        var header = end < 0 ? text : text[..end];
        using var reader = CsvReader.FromText(header, new CsvReaderOptions { HasHeader = false, DetectSeparatorHint = false });
        return reader.Separator == ',' ? ',' : ';';
    }

    public static IEnumerable<CsvRecord> Read(string text, char delimiter)
    {
        var unclosedQuoteLine = 0L;
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = false,
            SkipEmptyLines = false,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            DetectSeparatorHint = false,
            OnMalformedRecord = r => unclosedQuoteLine = r.Reason == CsvMalformedReason.UnterminatedQuote ? r.LineNumber : unclosedQuoteLine,
        };
        using var reader = CsvReader.FromText(text, options);
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            yield return new CsvRecord(line, reader.Current.ToArray(), unclosedQuoteLine == line);
        }
    }

    /// <summary>One line of fields, quoted where needed; a leading =, +, - or @ is neutralised for spreadsheets.</summary>
    public static string Line(IEnumerable<string> fields, char delimiter = ';') =>
        string.Join(delimiter, fields.Select(f => Quote(f, delimiter)));

    private static string Quote(string value, char delimiter)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' && !int.TryParse(value, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([delimiter, '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
