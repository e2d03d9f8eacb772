using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.StandIns;

/// <summary>Leads let a coach stand in for a colleague (waarneming) for a period.</summary>
[Authorize(Policy = Policies.Leading)]
[Route("stand-ins")]
public sealed class StandInsController(StandInService standIns, ProgrammeStaffQueries staff, IValidator<StandInForm> validator, TimeProvider clock, IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await PageAsync(new StandInForm { From = clock.Today(), Until = clock.Today().AddDays(14) }, ct));

    [HttpPost("")]
    public async Task<IActionResult> Grant([Bind(Prefix = "Form")] StandInForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await PageAsync(form, ct));
        }

        var result = await standIns.GrantAsync(User.ToStaffUser(), form.AbsentCoachId!, form.StandInCoachId!, form.From!.Value, form.Until!.Value, ct);
        if (!result.IsOk)
        {
            ModelState.AddModelError(result.ErrorCode == "PeriodOrder" ? "Form.Until" : "Form.StandInCoachId", texts["StandIns.Error." + result.ErrorCode]);
            return View(nameof(Index), await PageAsync(form, ct));
        }

        TempData["Notice"] = texts["StandIns.Granted"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/end")]
    public async Task<IActionResult> End(int id, CancellationToken ct)
    {
        var result = await standIns.EndAsync(User.ToStaffUser(), id, ct);
        if (result.Outcome == Outcome.NotFound)
        {
            return NotFound();
        }

        TempData["Notice"] = texts["StandIns.Ended"].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<StandInPage> PageAsync(StandInForm form, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        return new StandInPage(await standIns.ListAsync(user, ct), await staff.ActiveCoachesOfColleagueAsync(user.Id, ct), form);
    }
}

public sealed class StandInForm
{
    public string? AbsentCoachId { get; set; }

    public string? StandInCoachId { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? Until { get; set; }
}

public sealed record StandInPage(IReadOnlyList<StandInRow> StandIns, IReadOnlyList<(string Id, string Name)> Coaches, StandInForm Form);
