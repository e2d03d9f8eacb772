using System.Globalization;
using Jobportunities.Core.Common;
using Jobportunities.Core.Reporting;
using Jobportunities.Web.Features.Dashboards;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Exports;

/// <summary>Builds the funder exports of a programme: the dashboard figures and the ESF+ indicators, as CSV or Excel.</summary>
public sealed class ReportExports(DashboardService dashboards, EsfIndicatorService esf, TimeProvider clock, IStringLocalizer<SharedResource> texts)
{
    public const string Dashboard = "dashboard";
    public const string Esf = "esf";

    public static bool IsKnown(string report) => report is Dashboard or Esf;

    public async Task<ExportFile> BuildAsync(ReportProgramme programme, string report, ExportFormat format, ReportPeriod period, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentCulture;
        var about = DashboardTables.About(programme.Name, period, clock.Today(), texts);
        IReadOnlyList<ReportTable> tables = report == Esf
            ? EsfTables.Build(await esf.BuildAsync(programme, period, ct), texts)
            : DashboardTables.Build(await dashboards.BuildAsync([programme], period, ct), texts, culture);
        var document = new ReportDocument(string.Create(CultureInfo.InvariantCulture, $"{programme.Code}-{report}-{period.From:yyyy-MM-dd}-{period.Until:yyyy-MM-dd}"), [about, .. tables]);
        return format == ExportFormat.Xlsx
            ? new ExportFile(document.FileStem + ".xlsx", XlsxReportWriter.ContentType, XlsxReportWriter.Write(document))
            : new ExportFile(document.FileStem + ".csv", CsvReportWriter.ContentType,
                CsvReportWriter.Write(document, [texts["Report.Section"], texts["Report.Row"], texts["Report.Column"], texts["Report.Value"]], culture));
    }
}
