using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jobportunities.Core.Reporting;
using Jobportunities.Web.Features.Dashboards;

namespace Jobportunities.Web.Features.Exports;

/// <summary>
/// A report as an Excel workbook (OpenXML SDK): one sheet per table, figures as numbers with a
/// number format, a hidden count as the text "&lt;5", a figure that is not available as an empty cell.
/// </summary>
public static class XlsxReportWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(ReportDocument document)
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = workbook.AddWorkbookPart();
            book.Workbook = new Workbook();
            book.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
            var sheets = book.Workbook.AppendChild(new Sheets());
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            uint id = 1;
            foreach (var table in document.Tables)
            {
                var part = book.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(table);
                sheets.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = id++, Name = SheetName(table.Title, names) });
            }
        }

        return stream.ToArray();
    }

    private static Worksheet Sheet(ReportTable table)
    {
        var data = new SheetData();
        uint line = 1;
        data.Append(Row(line++, [Text(table.Title, XlsxStyles.Bold)]));
        data.Append(Row(line++, [Text(table.RowHeading, XlsxStyles.Bold), .. table.Columns.Select(c => Text(c, XlsxStyles.Bold))]));
        foreach (var row in table.Rows)
        {
            data.Append(Row(line++, [Text(row.Label), .. row.Cells.Select(Figure)]));
        }

        foreach (var row in table.Footer)
        {
            data.Append(Row(line++, [Text(row.Label, XlsxStyles.Bold), .. row.Cells.Select(Figure)]));
        }

        if (table.Note is not null)
        {
            line++;
            data.Append(Row(line, [Text(table.Note)]));
        }

        var columns = new Columns(
            new Column { Min = 1, Max = 1, Width = 48, CustomWidth = true },
            new Column { Min = 2, Max = (uint)Math.Max(2, table.Columns.Count + 1), Width = 22, CustomWidth = true });
        return new Worksheet(columns, data);
    }

    private static Row Row(uint index, IReadOnlyList<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < cells.Count; i++)
        {
            cells[i].CellReference = $"{(char)('A' + i)}{index}";
            row.Append(cells[i]);
        }

        return row;
    }

    private static Cell Figure(ReportCell cell) => cell switch
    {
        { Kind: CellKind.Text } => Text(cell.Text ?? ""),
        { IsHidden: true } => Text(SmallNumbers.Label),
        { Number: null } => new Cell(),
        { Kind: CellKind.Money } => Number(cell.Number.Value, XlsxStyles.Money),
        { Kind: CellKind.Percent } => Number(cell.Number.Value, XlsxStyles.Percent),
        _ => Number(cell.Number.Value, XlsxStyles.Integer),
    };

    private static Cell Number(decimal value, uint style) => new() { DataType = CellValues.Number, CellValue = new CellValue(value), StyleIndex = style };

    private static Cell Text(string text, uint style = 0) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style };

    /// <summary>Excel's rules: at most 31 characters, none of []:*?/\, unique in the workbook.</summary>
    internal static string SheetName(string title, ISet<string> taken)
    {
        var clean = new string(title.Where(c => "[]:*?/\\".IndexOf(c) < 0).ToArray()).Trim();
        var name = clean.Length == 0 ? "Sheet" : clean[..Math.Min(31, clean.Length)];
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = clean[..Math.Min(31 - suffix.Length, clean.Length)] + suffix;
        }

        return name;
    }
}
