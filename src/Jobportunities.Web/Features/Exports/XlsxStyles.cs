using DocumentFormat.OpenXml.Spreadsheet;

namespace Jobportunities.Web.Features.Exports;

/// <summary>The workbook's cell styles: each constant is the index of its format in <see cref="Create"/>, so the two change together.</summary>
internal static class XlsxStyles
{
    public const uint Bold = 1;
    public const uint Integer = 2;
    public const uint Money = 3;
    public const uint Percent = 4;

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0%" }) { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true }) { Count = 5 });
}
