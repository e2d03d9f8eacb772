using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.FollowUps;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.FollowUps;

/// <summary>The follow-ups six months after leaving: upcoming, due, overdue and recorded, and recording the situation.</summary>
[Authorize(Policy = Policies.Coaching)]
[Route("follow-ups")]
public sealed class FollowUpsController(FollowUpService followUps, FollowUpList list, IValidator<FollowUpForm> validator, TimeProvider clock, IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await list.ListAsync(User.ToStaffUser(), ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var found = await followUps.ReadAsync(User.ToStaffUser(), id, ct);
        return found is { } f
            ? View(new FollowUpPage(f.FollowUp, f.Participant, f.Rights, new FollowUpForm { RecordedOn = clock.Today() }, clock.Today(), await followUps.EmployedAtEntryAsync(f.Participant.Id, ct)))
            : NotFound();
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Record(int id, [Bind(Prefix = "Form")] FollowUpForm form, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (ModelState.IsValid)
        {
            var result = await followUps.RecordAsync(user, id, new FollowUpInput(form.Situation!.Value, form.Source!.Value, form.RecordedOn!.Value, form.Note, form.Improvement), ct);
            switch (result.Outcome)
            {
                case Outcome.Ok:
                    TempData["Notice"] = texts["FollowUp.Recorded"].Value;
                    return RedirectToAction(nameof(Index));
                case Outcome.NotFound:
                    return NotFound();
                case Outcome.Refused:
                    return Forbid();
                default:
                    var field = result.ErrorCode switch { "DateOutOfRange" => "Form.RecordedOn", "ImprovementRequired" => "Form.Improvement", _ => string.Empty };
                    ModelState.AddModelError(field, texts["FollowUp.Error." + result.ErrorCode]);
                    break;
            }
        }

        var found = await followUps.FindAsync(user, id, ct);
        return found is { } f
            ? View(nameof(Details), new FollowUpPage(f.FollowUp, f.Participant, f.Rights, form, clock.Today(), await followUps.EmployedAtEntryAsync(f.Participant.Id, ct)))
            : NotFound();
    }
}
