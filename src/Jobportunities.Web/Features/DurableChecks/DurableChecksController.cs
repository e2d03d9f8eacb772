using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Placements;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.DurableChecks;

/// <summary>The six-month checks: upcoming, due and overdue lists, and recording the outcome.</summary>
[Authorize(Policy = Policies.Coaching)]
[Route("durable-checks")]
public sealed class DurableChecksController(DurableCheckService checks, IValidator<RecordForm> validator, TimeProvider clock, IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await checks.ListAsync(User.ToStaffUser(), ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var found = await checks.FindAsync(User.ToStaffUser(), id, ct);
        return found is { } f ? View(new CheckPage(f.Check, f.Participant, f.Rights, new RecordForm { VerifiedOn = clock.Today() }, clock.Today())) : NotFound();
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Record(int id, [Bind(Prefix = "Form")] RecordForm form, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (ModelState.IsValid)
        {
            var result = await checks.RecordAsync(user, id, form.Outcome!.Value, form.Evidence, form.VerifiedOn!.Value, form.Note, ct);
            switch (result.Outcome)
            {
                case Outcome.Ok:
                    TempData["Notice"] = texts["Durable.Recorded"].Value;
                    return RedirectToAction(nameof(Index));
                case Outcome.NotFound:
                    return NotFound();
                case Outcome.Refused:
                    return Forbid();
                default:
                    ModelState.AddModelError(result.ErrorCode == "EvidenceRequired" ? "Form.Evidence" : string.Empty, texts["Durable.Error." + result.ErrorCode]);
                    break;
            }
        }

        var found = await checks.FindAsync(user, id, ct);
        return found is { } f ? View(nameof(Details), new CheckPage(f.Check, f.Participant, f.Rights, form, clock.Today())) : NotFound();
    }
}

public sealed class RecordForm
{
    public DurableOutcome? Outcome { get; set; }

    public DurableEvidence? Evidence { get; set; }

    public DateOnly? VerifiedOn { get; set; }

    public string? Note { get; set; }
}

public sealed record CheckPage(DurableCheck Check, Core.Participants.Participant Participant, Core.Participants.FileRights Rights, RecordForm Form, DateOnly Today);
