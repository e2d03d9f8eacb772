namespace Jobportunities.Web.Features.Dashboards;

/// <summary>How a table is drawn as a chart by wwwroot/js/charts.js; the table itself is always there.</summary>
public enum ChartKind
{
    None,
    Bar,
    HorizontalBar,
    Line,
    Doughnut,
}
