using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Placements;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Placements;

/// <summary>A participant's placements: record one, end one; the durable checks they open.</summary>
[Authorize(Policy = Policies.FileAccess)]
[Route("participants/{id:int}/placements")]
public sealed class PlacementsController(PlacementService placements, IValidator<PlacementForm> validator, IValidator<EndForm> endValidator, IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        var page = await PageAsync(id, null, null, ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("")]
    public async Task<IActionResult> Add(int id, [Bind(Prefix = "Form")] PlacementForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (ModelState.IsValid)
        {
            var result = await placements.AddAsync(User.ToStaffUser(), id, form.ToInput(), ct);
            switch (result.Outcome)
            {
                case Outcome.Ok:
                    TempData["Notice"] = texts["Placements.Saved"].Value;
                    return RedirectToAction(nameof(Index), new { id });
                case Outcome.NotFound:
                    return NotFound();
                case Outcome.Refused:
                    return Forbid();
                default:
                    ModelState.AddModelError("Form.EmployerId", texts["Placements.Error." + result.ErrorCode]);
                    break;
            }
        }

        return await Redisplay(id, form, null, ct);
    }

    [HttpPost("end")]
    public async Task<IActionResult> End(int id, [Bind(Prefix = "End")] EndForm form, CancellationToken ct)
    {
        (await endValidator.ValidateAsync(form, ct)).AddTo(ModelState, "End");
        if (!ModelState.IsValid)
        {
            return await Redisplay(id, null, form, ct);
        }

        var result = await placements.EndAsync(User.ToStaffUser(), id, form.PlacementId, form.EndDate!.Value, form.Reason, ct);
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData["Notice"] = texts["Placements.Ended"].Value;
                return RedirectToAction(nameof(Index), new { id });
            case Outcome.Refused:
                return Forbid();
            case Outcome.Invalid:
                ModelState.AddModelError("End.EndDate", texts["Placements.Error." + result.ErrorCode]);
                return await Redisplay(id, null, form, ct);
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> Redisplay(int id, PlacementForm? form, EndForm? end, CancellationToken ct)
    {
        var page = await PageAsync(id, form, end, ct);
        return page is null ? NotFound() : page.Rights.CanEdit ? View(nameof(Index), page) : Forbid();
    }

    private async Task<PlacementsPage?> PageAsync(int id, PlacementForm? form, EndForm? end, CancellationToken ct)
    {
        var read = await placements.ReadAsync(User.ToStaffUser(), id, ct);
        if (read is not { } r)
        {
            return null;
        }

        var employers = r.Rights.CanEdit
            ? await placements.EmployerChoicesAsync(ct)
            : [];
        return new PlacementsPage(r.Participant, r.Rights, r.Placements, r.Checks, employers,
            form ?? new PlacementForm { Country = r.Participant.Country }, end ?? new EndForm());
    }
}
