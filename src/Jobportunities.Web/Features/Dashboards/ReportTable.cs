namespace Jobportunities.Web.Features.Dashboards;

/// <summary>
/// A table of a report: the page shows it (and draws it as a chart), the exports write it. The
/// footer holds totals and derived figures, which charts leave out.
/// </summary>
public sealed record ReportTable(string Id, string Title, string RowHeading, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows)
{
    public IReadOnlyList<ReportRow> Footer { get; init; } = [];

    public ChartKind Chart { get; init; } = ChartKind.None;

    public string? Note { get; init; }

    /// <summary>A column is drawn when it holds counts or amounts (not shares or text).</summary>
    public bool IsSeries(int column) => Rows.Count > 0 && Rows.All(r => r.Cells[column].Kind is CellKind.Count or CellKind.Number or CellKind.Money);
}
