namespace Jobportunities.Web.Features.Dashboards;

public enum CellKind
{
    /// <summary>People or their records: the small-numbers rule applies.</summary>
    Count,

    /// <summary>A number that counts no one (a target): always shown.</summary>
    Number,
    Money,
    Percent,
    Text,
}
