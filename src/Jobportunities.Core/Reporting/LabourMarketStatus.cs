namespace Jobportunities.Core.Reporting;

/// <summary>Labour-market status at entry, as far as the file tells (docs/reporting.md).</summary>
public enum LabourMarketStatus
{
    Unemployed,
    Inactive,
    Employed,
    Unknown,
}
