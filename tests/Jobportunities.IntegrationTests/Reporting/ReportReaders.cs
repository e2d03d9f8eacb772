using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jobportunities.IntegrationTests.Reporting;

/// <summary>A report table as read back from a page, a CSV file or a workbook: row label → cells, by table title.</summary>
public sealed class ReadTable
{
    public List<string> Columns { get; } = [];

    public List<(string Label, List<string> Cells)> Rows { get; } = [];

    public List<string> Row(string label)
    {
        var found = Rows.Where(r => r.Label == label).ToList();
        Assert.True(found.Count == 1, $"Row '{label}' found {found.Count} times in: {string.Join(" | ", Rows.Select(r => r.Label))}");
        return found[0].Cells;
    }
}

/// <summary>Reads the three outputs of a report into the same shape, so one expectation checks all three.</summary>
public static partial class ReportReaders
{
    /// <summary>Every report table on a page, by its caption; cells as displayed, with non-breaking spaces as spaces.</summary>
    public static Dictionary<string, ReadTable> Html(string html)
    {
        var tables = new Dictionary<string, ReadTable>();
        foreach (Match table in TablePattern().Matches(html))
        {
            var read = new ReadTable();
            var body = table.Groups["body"].Value;
            var caption = Clean(CaptionPattern().Match(body).Groups[1].Value);
            foreach (Match row in RowPattern().Matches(body))
            {
                var cells = CellPattern().Matches(row.Groups[1].Value).Select(m => Clean(m.Groups["text"].Value)).ToList();
                if (row.Groups[1].Value.Contains("scope=\"col\"", StringComparison.Ordinal))
                {
                    read.Columns.AddRange(cells.Skip(1));
                }
                else
                {
                    read.Rows.Add((cells[0], cells.Skip(1).ToList()));
                }
            }

            tables[caption] = read;
        }

        return tables;
    }

    /// <summary>The tidy CSV (section; row; column; value) back into tables, by section.</summary>
    public static Dictionary<string, ReadTable> Csv(byte[] content)
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), content.Take(3).ToArray());
        var lines = Encoding.UTF8.GetString(content, 3, content.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var tables = new Dictionary<string, ReadTable>();
        foreach (var line in lines.Skip(1))
        {
            var fields = Fields(line);
            Assert.Equal(4, fields.Count);
            var table = tables.TryGetValue(fields[0], out var t) ? t : tables[fields[0]] = new ReadTable();
            if (!table.Columns.Contains(fields[2]))
            {
                table.Columns.Add(fields[2]);
            }

            var index = table.Rows.FindIndex(r => r.Label == fields[1]);
            if (index < 0)
            {
                table.Rows.Add((fields[1], []));
                index = table.Rows.Count - 1;
            }

            table.Rows[index].Cells.Add(fields[3]);
        }

        return tables;
    }

    /// <summary>Each sheet as a table (row 1: title, row 2: headings); numbers in invariant notation, "" for an empty cell.</summary>
    public static Dictionary<string, ReadTable> Xlsx(byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var document = SpreadsheetDocument.Open(stream, false);
        var book = document.WorkbookPart!;
        var tables = new Dictionary<string, ReadTable>();
        foreach (var sheet in book.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)book.GetPartById(sheet.Id!);
            var rows = part.Worksheet.Descendants<Row>().ToList();
            var read = new ReadTable();
            read.Columns.AddRange(Cells(rows[1]).Skip(1));
            foreach (var row in rows.Skip(2).TakeWhile(r => r.RowIndex!.Value == rows.IndexOf(r) + 1))
            {
                var cells = Cells(row);
                read.Rows.Add((cells[0], cells.Skip(1).Concat(Enumerable.Repeat("", read.Columns.Count)).Take(read.Columns.Count).ToList()));
            }

            tables[sheet.Name!.Value!] = read;
        }

        return tables;
    }

    /// <summary>Whether a workbook cell holds a number (not text).</summary>
    public static bool IsNumeric(byte[] content, string sheetName, string reference)
    {
        using var stream = new MemoryStream(content);
        using var document = SpreadsheetDocument.Open(stream, false);
        var book = document.WorkbookPart!;
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var cell = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
        return cell.DataType?.Value == CellValues.Number || (cell.DataType is null && cell.CellValue is not null);
    }

    private static List<string> Cells(Row row)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference!.Value![0] - 'A';
            while (cells.Count < column)
            {
                cells.Add("");
            }

            cells.Add(cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "");
        }

        return cells;
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static string Clean(string html) =>
        Regex.Replace(WebUtility.HtmlDecode(TagPattern().Replace(html, " ")), "\\s+", " ").Replace('\u00a0', ' ').Replace('\u202f', ' ').Trim();

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("<table\\b[^>]*>(?<body>.*?)</table>", RegexOptions.Singleline)]
    private static partial Regex TablePattern();

    [GeneratedRegex("<caption\\b[^>]*>(.*?)</caption>", RegexOptions.Singleline)]
    private static partial Regex CaptionPattern();

    [GeneratedRegex("<tr\\b[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<t[hd]\\b[^>]*>(?<text>.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
