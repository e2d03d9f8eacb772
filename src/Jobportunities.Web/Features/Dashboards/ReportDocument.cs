namespace Jobportunities.Web.Features.Dashboards;

/// <summary>A report as a whole: its tables, the first one telling what it covers.</summary>
public sealed record ReportDocument(string FileStem, IReadOnlyList<ReportTable> Tables);
