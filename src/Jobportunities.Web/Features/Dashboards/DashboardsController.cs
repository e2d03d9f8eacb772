using System.Globalization;
using Jobportunities.Core.Reporting;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Dashboards;

/// <summary>
/// Programme dashboards for leads: aggregates only, never a case file. /dashboard shows the
/// lead's programmes together (or goes straight to the one programme); a programme the lead is
/// not a member of does not exist for them (404).
/// </summary>
[Authorize(Policy = Policies.Leading)]
public sealed class DashboardsController(ReportingScope scope, SharedDashboards dashboards, IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("dashboard")]
    public async Task<IActionResult> Index([FromQuery] DateOnly? from, [FromQuery] DateOnly? until, CancellationToken ct)
    {
        var programmes = await scope.LedProgrammesAsync(User.ToStaffUser(), ct);
        return programmes.Count switch
        {
            0 => View("NoProgrammes"),
            1 => RedirectToAction(nameof(Programme), new { code = programmes[0].Code, from = Iso(from), until = Iso(until) }),
            _ => await ShowAsync(programmes, null, from, until, ct),
        };
    }

    [HttpGet("programmes/{code}/dashboard")]
    public async Task<IActionResult> Programme(string code, [FromQuery] DateOnly? from, [FromQuery] DateOnly? until, CancellationToken ct)
    {
        var programme = await scope.FindLedAsync(User.ToStaffUser(), code, ct);
        return programme is null ? NotFound() : await ShowAsync([programme], programme, from, until, ct);
    }

    private async Task<IActionResult> ShowAsync(IReadOnlyList<ReportProgramme> programmes, ReportProgramme? programme, DateOnly? from, DateOnly? until, CancellationToken ct)
    {
        var fallback = ReportProgramme.PeriodOf(programmes);
        var report = await dashboards.ForPageAsync(programmes, ReportPeriod.Choose(from, until, fallback), ct);
        var tables = DashboardTables.Build(report, texts, CultureInfo.CurrentCulture);
        return View("Dashboard", new DashboardPage(programmes, programme, report, tables, fallback));
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
