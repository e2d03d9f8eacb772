using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Programmes;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Programmes;

/// <summary>
/// Programme leads and administrators view and configure programmes; an administrator creates
/// them and keeps their team (partners and staff). Closing and reopening: ProgrammeClosingController.
/// </summary>
[Authorize(Policy = Policies.ProgrammeManagement)]
[Route("programmes")]
public sealed class ProgrammesController(
    ProgrammeService programmes,
    ProgrammeLifecycleService lifecycle,
    ProgrammeTeams teams,
    IValidator<ProgrammeForm> validator,
    IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await programmes.ListAsync(User.ToStaffUser(), ct));

    [HttpGet("new")]
    [Authorize(Policy = Policies.Administration)]
    public async Task<IActionResult> New(CancellationToken ct)
    {
        var form = new ProgrammeForm
        {
            IsNew = true, MinimumAge = 18, MaximumAge = 67, MaxTravelMinutes = 60, DurablePeriodMonths = DurableCheckRule.DefaultPeriodMonths,
            DurableMaxBreakDays = DurableCheckRule.DefaultMaxBreakDays, DurableSelfEmploymentCounts = true, DurableWorkAndLearnCounts = true,
            RetentionMonthsAfterExit = Core.Privacy.RetentionRule.DefaultMonthsAfterExit,
            RetentionMonthsForApplications = Core.Privacy.RetentionRule.DefaultMonthsForApplications,
        };
        return View("Edit", new ProgrammeEditPage("", "", WithBlankArea(form), null, true, await teams.ChoicesAsync(ct)));
    }

    [HttpPost("new")]
    [Authorize(Policy = Policies.Administration)]
    [RequestSizeLimit(AreaFiles.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = AreaFiles.MaxRequestBytes)]
    public async Task<IActionResult> New([Bind(Prefix = "Form")] ProgrammeForm form, CancellationToken ct)
    {
        form.IsNew = true;
        form.Code = form.Code?.Trim();
        await AreaFiles.ReadAsync(form, ModelState, texts, ct);
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (ModelState.IsValid)
        {
            var result = await lifecycle.CreateAsync(User.ToStaffUser(), form.Code!, form.ToSettings(), form.ToTeam(), ct);
            if (result.IsOk)
            {
                TempData["Notice"] = texts["Programme.Created", result.Value!.Name].Value;
                return RedirectToAction(nameof(Details), new { code = result.Value.Code });
            }

            ModelState.AddModelError("Form.Code", texts["Programme.CodeTaken", form.Code!]);
        }

        return View("Edit", new ProgrammeEditPage("", "", WithBlankArea(form), null, true, await teams.ChoicesAsync(ct)));
    }

    [HttpGet("{code}")]
    public async Task<IActionResult> Details(string code, CancellationToken ct)
    {
        var programme = await programmes.FindAsync(User.ToStaffUser(), code, ct);
        return programme is null ? NotFound() : View(programme);
    }

    [HttpGet("{code}/edit")]
    public async Task<IActionResult> Edit(string code, CancellationToken ct)
    {
        var programme = await programmes.FindAsync(User.ToStaffUser(), code, ct);
        if (programme is null)
        {
            return NotFound();
        }

        var team = IsAdministrator ? await teams.OfAsync(programme.Id, ct) : null;
        return View(new ProgrammeEditPage(programme.Code, programme.Name, WithBlankArea(ProgrammeForm.From(programme, team)), null, false, await TeamChoicesAsync(ct)));
    }

    [HttpPost("{code}/edit")]
    [RequestSizeLimit(AreaFiles.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = AreaFiles.MaxRequestBytes)]
    public async Task<IActionResult> Edit(string code, [Bind(Prefix = "Form")] ProgrammeForm form, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        var current = await programmes.FindAsync(user, code, ct);
        if (current is null)
        {
            return NotFound();
        }

        form.Code = null;
        await AreaFiles.ReadAsync(form, ModelState, texts, ct);
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View(new ProgrammeEditPage(code, current.Name, WithBlankArea(form), null, false, await TeamChoicesAsync(ct)));
        }

        var result = await programmes.UpdateAsync(user, code, form.Version, form.ToSettings(), ct, IsAdministrator ? form.ToTeam() : null);
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData["Notice"] = texts["Programme.Saved"].Value;
                return RedirectToAction(nameof(Details), new { code });
            case Outcome.Conflict:
                // Keep what this user typed; show what was saved meanwhile; the next save overwrites.
                ModelState.AddModelError(string.Empty, texts["Concurrency.Conflict"]);
                ModelState.Remove("Form.Version");
                form.Version = result.Value!.Version;
                return View(new ProgrammeEditPage(code, current.Name, WithBlankArea(form), ProgrammeForm.From(result.Value), false, await TeamChoicesAsync(ct)));
            default:
                return NotFound();
        }
    }

    private bool IsAdministrator => User.IsInRole(Roles.Administrator);

    /// <summary>Only an administrator sees and changes the team: it decides who reaches the records.</summary>
    private async Task<TeamChoices?> TeamChoicesAsync(CancellationToken ct) =>
        IsAdministrator ? await teams.ChoicesAsync(ct) : null;

    private static ProgrammeForm WithBlankArea(ProgrammeForm form)
    {
        if (form.Areas.All(a => !a.IsBlank))
        {
            form.Areas.Add(new AreaForm { Country = "NL" });
        }

        return form;
    }
}
