using Jobportunities.Core.Reporting;

namespace Jobportunities.Web.Features.Dashboards;

public sealed record DashboardPage(IReadOnlyList<ReportProgramme> Programmes, ReportProgramme? Programme, DashboardReport Report, IReadOnlyList<ReportTable> Tables, ReportPeriod DefaultPeriod)
{
    public PeriodChoice Period => new(Programme is null ? "/dashboard" : $"/programmes/{Programme.Code}/dashboard", Report.Period, DefaultPeriod);
}
