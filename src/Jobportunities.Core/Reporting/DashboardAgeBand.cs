namespace Jobportunities.Core.Reporting;

/// <summary>The age groups of the dashboard (docs/product.md section 7).</summary>
public enum DashboardAgeBand
{
    Under30,
    From30To49,
    From50,
}
