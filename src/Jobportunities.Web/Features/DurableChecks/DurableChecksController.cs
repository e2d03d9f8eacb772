using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Documents;
using Jobportunities.Core.Placements;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.DurableChecks;

/// <summary>The six-month checks: upcoming, due and overdue lists, and recording the outcome.</summary>
[Authorize(Policy = Policies.Coaching)]
[Route("durable-checks")]
public sealed class DurableChecksController(DurableCheckService checks, DurableCheckList list, DocumentService documents, IValidator<RecordForm> validator, TimeProvider clock, IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await list.ListAsync(User.ToStaffUser(), ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var found = await checks.FindAsync(User.ToStaffUser(), id, ct);
        return found is { } f ? View(await PageAsync(f, new RecordForm { VerifiedOn = clock.Today() }, ct)) : NotFound();
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Record(int id, [Bind(Prefix = "Form")] RecordForm form, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (ModelState.IsValid)
        {
            var result = await checks.RecordAsync(user, id, form.Outcome!.Value, form.Evidence, form.VerifiedOn!.Value, form.Note, ct, form.DocumentId);
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
                    var field = result.ErrorCode switch { "EvidenceRequired" => "Form.Evidence", "EvidenceNotOfParticipant" => "Form.DocumentId", _ => string.Empty };
                    ModelState.AddModelError(field, texts["Durable.Error." + result.ErrorCode]);
                    break;
            }
        }

        var found = await checks.FindAsync(user, id, ct);
        return found is { } f ? View(nameof(Details), await PageAsync(f, form, ct)) : NotFound();
    }

    /// <summary>The page with the participant's documents to choose as evidence (only for those who record the outcome).</summary>
    private async Task<CheckPage> PageAsync((DurableCheck Check, Core.Participants.Participant Participant, Core.Participants.FileRights Rights) f, RecordForm form, CancellationToken ct)
    {
        var choices = f.Rights.CanEdit ? await documents.ChoicesAsync(f.Participant.Id, ct) : [];
        return new CheckPage(f.Check, f.Participant, f.Rights, form, clock.Today(), choices);
    }
}
