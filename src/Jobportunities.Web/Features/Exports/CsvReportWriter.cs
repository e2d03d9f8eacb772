using System.Globalization;
using System.Text;
using Jobportunities.Web.Features.Dashboards;

namespace Jobportunities.Web.Features.Exports;

/// <summary>
/// A report as one CSV file that Excel opens as it is in the Netherlands and Germany: UTF-8 with
/// a byte order mark, ';' between fields, the culture's decimal comma. One line per figure
/// (section; row; column; value), so every table fits in the same four columns.
/// </summary>
public static class CsvReportWriter
{
    public const string ContentType = "text/csv; charset=utf-8";
    private const char Separator = ';';

    public static byte[] Write(ReportDocument document, IReadOnlyList<string> header, CultureInfo culture)
    {
        var text = new StringBuilder();
        Line(text, header);
        foreach (var table in document.Tables)
        {
            foreach (var row in table.Rows.Concat(table.Footer))
            {
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    Line(text, [table.Title, row.Label, table.Columns[i], row.Cells[i].Csv(culture)]);
                }
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> fields)
    {
        text.AppendJoin(Separator, fields.Select(Quote));
        text.Append("\r\n");
    }

    /// <summary>Quotes a field with a separator, quote or line break; a leading =, +, - or @ is neutralised (CSV injection).</summary>
    internal static string Quote(string field)
    {
        var value = field.Length > 0 && "=+-@".Contains(field[0]) && !IsNumber(field) ? "'" + field : field;
        return value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static bool IsNumber(string field) => decimal.TryParse(field, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
        || decimal.TryParse(field, NumberStyles.Number, CultureInfo.CurrentCulture, out _);
}
