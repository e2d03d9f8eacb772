namespace Jobportunities.Web.Features.Exports;

public enum ExportFormat
{
    Csv,
    Xlsx,
}
