using System.Globalization;
using Jobportunities.Core.Reporting;

namespace Jobportunities.Web.Features.Dashboards;

/// <summary>
/// One figure of a report, as the page, the CSV file and the Excel file show it. A count of 1 to 4
/// is hidden by <see cref="SmallNumbers"/> in all three; a figure that is not available (hidden
/// because it would reveal a small count, or not recorded) has no number.
/// </summary>
public sealed record ReportCell(CellKind Kind, decimal? Number, string? Text = null)
{
    public static ReportCell Count(int count) => new(CellKind.Count, count);

    public static ReportCell Plain(int number) => new(CellKind.Number, number);

    public static ReportCell Money(decimal? amount) => new(CellKind.Money, amount);

    public static ReportCell Percent(double? share) => new(CellKind.Percent, share is { } s ? (decimal)s : null);

    public static ReportCell Of(string text) => new(CellKind.Text, null, text);

    public bool IsHidden => Kind == CellKind.Count && Number is { } n && SmallNumbers.IsHidden((int)n);

    /// <summary>What a chart may draw: nothing for a hidden or missing figure.</summary>
    public decimal? ChartValue => IsHidden || Kind == CellKind.Text ? null : Number;

    /// <summary>On the page: grouped digits, euros without cents, whole percentages.</summary>
    public string Display(CultureInfo culture) => Kind switch
    {
        CellKind.Text => Text ?? "",
        _ when IsHidden => SmallNumbers.Label,
        _ when Number is null => "—",
        CellKind.Count or CellKind.Number => Number.Value.ToString("N0", culture),
        CellKind.Money => Infrastructure.Formats.Euro(Number.Value),
        _ => (Number.Value * 100).ToString("N0", culture) + "%",
    };

    /// <summary>In a CSV file: no grouping, the culture's decimal separator, cents, one decimal for percentages.</summary>
    public string Csv(CultureInfo culture) => Kind switch
    {
        CellKind.Text => Text ?? "",
        _ when IsHidden => SmallNumbers.Label,
        _ when Number is null => "",
        CellKind.Count or CellKind.Number => Number.Value.ToString("0", CultureInfo.InvariantCulture),
        CellKind.Money => Number.Value.ToString("0.00", culture),
        _ => (Number.Value * 100).ToString("0.0", culture),
    };
}
