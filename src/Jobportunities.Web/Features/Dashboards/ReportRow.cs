namespace Jobportunities.Web.Features.Dashboards;

public sealed record ReportRow(string Label, IReadOnlyList<ReportCell> Cells)
{
    public ReportRow(string label, params ReportCell[] cells)
        : this(label, (IReadOnlyList<ReportCell>)cells)
    {
    }
}
