using Jobportunities.Core.Programmes;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Programmes;

/// <summary>
/// An administrator or a lead of the programme closes it (after a confirmation page) or reopens it.
/// A closed programme takes no applications or referrals; its files stay as they are.
/// </summary>
[Authorize(Policy = Policies.ProgrammeManagement)]
[Route("programmes/{code}")]
public sealed class ProgrammeClosingController(ProgrammeService programmes, ProgrammeLifecycleService lifecycle, IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("close")]
    public async Task<IActionResult> Close(string code, CancellationToken ct)
    {
        var programme = await programmes.FindAsync(User.ToStaffUser(), code, ct);
        return programme is null ? NotFound() : View("~/Features/Programmes/Close.cshtml", programme);
    }

    [HttpPost("close")]
    public Task<IActionResult> CloseConfirmed(string code, CancellationToken ct) => SetAsync(code, true, "Programme.ClosedNotice", ct);

    [HttpPost("reopen")]
    public Task<IActionResult> Reopen(string code, CancellationToken ct) => SetAsync(code, false, "Programme.ReopenedNotice", ct);

    private async Task<IActionResult> SetAsync(string code, bool closed, string notice, CancellationToken ct)
    {
        var result = await lifecycle.SetClosedAsync(User.ToStaffUser(), code, closed, ct);
        if (!result.IsOk)
        {
            return NotFound();
        }

        TempData["Notice"] = texts[notice, result.Value!.Name].Value;
        return RedirectToAction("Details", "Programmes", new { code });
    }
}
