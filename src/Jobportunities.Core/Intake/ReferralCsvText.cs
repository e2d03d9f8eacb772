using System.Text;

namespace Jobportunities.Core.Intake;

/// <summary>One record of a CSV file: the line it starts on (1-based) and its fields.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, bool QuoteNotClosed)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// A small RFC 4180 reader and writer: quoted fields with doubled quotes, delimiters and line
/// breaks inside quotes, CRLF, LF or CR. Hand-written rather than CsvHelper so each record
/// knows the physical line it starts on, which the upload report names.
/// </summary>
public static class ReferralCsvText
{
    /// <summary>The header's delimiter: whichever of ; and , occurs more often outside quotes (; on a tie).</summary>
    public static char DetectDelimiter(string text)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
        }

        return commas > semicolons ? ',' : ';';
    }

    public static IEnumerable<CsvRecord> Read(string text, char delimiter)
    {
        var line = 1;
        var i = 0;
        var field = new StringBuilder();
        while (i < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            var inQuotes = false;
            var wasQuoted = false;
            field.Clear();
            while (true)
            {
                if (i >= text.Length)
                {
                    fields.Add(field.ToString());
                    break;
                }

                var c = text[i];
                if (inQuotes)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    if (c == '"')
                    {
                        inQuotes = false;
                    }
                    else
                    {
                        if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                        {
                            line++;
                        }

                        field.Append(c);
                    }

                    i++;
                    continue;
                }

                if (c == '"' && !wasQuoted && string.IsNullOrWhiteSpace(field.ToString()))
                {
                    field.Clear();
                    inQuotes = wasQuoted = true;
                    i++;
                }
                else if (c == delimiter)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    i++;
                }
                else if (c is '\r' or '\n')
                {
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    line++;
                    fields.Add(field.ToString());
                    break;
                }
                else
                {
                    field.Append(c);
                    i++;
                }
            }

            yield return new CsvRecord(start, fields, inQuotes);
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
