using Jobportunities.Core.Audit;
using Jobportunities.Core.Reporting;
using Jobportunities.Web.Features.Dashboards;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Exports;

/// <summary>
/// The funder exports of a programme (leads who are members; others: 403, non-members: 404).
/// Aggregates only, with the small-numbers rule; every download is written to the audit log.
/// </summary>
[Authorize(Policy = Policies.Leading)]
[Route("programmes/{code}/exports")]
public sealed class ExportsController(ReportingScope scope, ReportExports exports, Core.Audit.AuditLog audit) : Controller
{
    public const string AuditObject = "Programme.Export";

    [HttpGet("")]
    public async Task<IActionResult> Index(string code, [FromQuery] DateOnly? from, [FromQuery] DateOnly? until, CancellationToken ct)
    {
        var programme = await scope.FindLedAsync(User.ToStaffUser(), code, ct);
        if (programme is null)
        {
            return NotFound();
        }

        var period = new PeriodChoice($"/programmes/{code}/exports", ReportPeriod.Choose(from, until, programme.Period), programme.Period);
        return View(new ExportsPage(programme, period));
    }

    [HttpGet("{report}.{format}")]
    public async Task<IActionResult> Download(string code, string report, string format, [FromQuery] DateOnly? from, [FromQuery] DateOnly? until, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        var programme = await scope.FindLedAsync(user, code, ct);
        if (programme is null || !ReportExports.IsKnown(report) || !Enum.TryParse<ExportFormat>(format, ignoreCase: true, out var kind) || format != format.ToLowerInvariant())
        {
            return NotFound();
        }

        var period = ReportPeriod.Choose(from, until, programme.Period);
        var file = await exports.BuildAsync(programme, report, kind, period, ct);
        await audit.WriteAsync(user.Id, AuditAction.Export, AuditObject, programme.Id, detail: file.FileName, ct: ct);
        return File(file.Content, file.ContentType, file.FileName);
    }
}
