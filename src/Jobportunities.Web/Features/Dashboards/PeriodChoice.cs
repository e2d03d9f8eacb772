using System.Globalization;
using Jobportunities.Core.Reporting;

namespace Jobportunities.Web.Features.Dashboards;

/// <summary>The period form of the dashboard and the exports page: where it goes, what is chosen, and the default.</summary>
public sealed record PeriodChoice(string Action, ReportPeriod Chosen, ReportPeriod Default)
{
    public bool IsDefault => Chosen == Default;

    public string Query => string.Create(CultureInfo.InvariantCulture, $"from={Chosen.From:yyyy-MM-dd}&until={Chosen.Until:yyyy-MM-dd}");
}
