using Jobportunities.Core.Reporting;
using Jobportunities.Web.Features.Dashboards;

namespace Jobportunities.Web.Features.Exports;

public sealed record ExportsPage(ReportProgramme Programme, PeriodChoice Period);
