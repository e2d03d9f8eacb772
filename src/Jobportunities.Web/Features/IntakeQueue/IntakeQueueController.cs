using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Programmes;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.IntakeQueue;

/// <summary>Coaches and leads work the intake queue of the programmes they work in.</summary>
[Authorize(Policy = Policies.Coaching)]
[Route("intake-queue")]
public sealed class IntakeQueueController(
    IntakeQueueService queue,
    ProgrammeStaffQueries staff,
    IValidator<AcceptForm> acceptValidator,
    IValidator<DeclineForm> declineValidator,
    IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? programme, ApplicationSource? source, bool? eligible, CancellationToken ct, int page = 1)
    {
        var user = User.ToStaffUser();
        var filter = new QueueFilter(programme, source, eligible, page);
        return View(new QueuePage(await queue.ListAsync(user, filter, ct), filter, await staff.ProgrammesOfAsync(user.Id, ct)));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var page = await PageAsync(id, null, null, ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id:int}/accept")]
    public async Task<IActionResult> Accept(int id, [Bind(Prefix = "Accept")] AcceptForm form, CancellationToken ct)
    {
        (await acceptValidator.ValidateAsync(form, ct)).AddTo(ModelState, "Accept");
        if (!ModelState.IsValid)
        {
            var invalid = await PageAsync(id, form, null, ct);
            return invalid is null ? NotFound() : View(nameof(Details), invalid);
        }

        var result = await queue.AcceptAsync(User.ToStaffUser(), id, form.CoachId!, form.OverrideReason, ct);
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData["Notice"] = texts["Queue.Accepted"].Value;
                return RedirectToAction(nameof(Index));
            case Outcome.NotFound:
                return NotFound();
            default:
                var key = result.ErrorCode == "OverrideReasonRequired" ? "Accept.OverrideReason" : result.ErrorCode == "CoachNotInProgramme" ? "Accept.CoachId" : string.Empty;
                ModelState.AddModelError(key, texts["Queue.Error." + result.ErrorCode]);
                var page = await PageAsync(id, form, null, ct);
                return page is null ? NotFound() : View(nameof(Details), page);
        }
    }

    [HttpPost("{id:int}/decline")]
    public async Task<IActionResult> Decline(int id, [Bind(Prefix = "Decline")] DeclineForm form, CancellationToken ct)
    {
        (await declineValidator.ValidateAsync(form, ct)).AddTo(ModelState, "Decline");
        if (ModelState.IsValid)
        {
            var result = await queue.DeclineAsync(User.ToStaffUser(), id, form.Reason!, ct);
            if (result.Outcome == Outcome.NotFound)
            {
                return NotFound();
            }

            if (result.IsOk)
            {
                TempData["Notice"] = texts["Queue.Declined"].Value;
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddModelError(string.Empty, texts["Queue.Error." + result.ErrorCode]);
        }

        var page = await PageAsync(id, null, form, ct);
        return page is null ? NotFound() : View(nameof(Details), page);
    }

    [HttpPost("{id:int}/duplicate/{choice}")]
    public async Task<IActionResult> Duplicate(int id, string choice, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        var result = choice switch
        {
            "merge" => await queue.MergeDuplicateAsync(user, id, texts["Queue.DuplicateOf"].Value, ct),
            "dismiss" => await queue.DismissDuplicateAsync(user, id, ct),
            _ => Result<int>.NotFound(),
        };
        if (result.Outcome == Outcome.NotFound)
        {
            return NotFound();
        }

        TempData["Notice"] = texts[choice == "merge" ? "Queue.Merged" : "Queue.Dismissed"].Value;
        return choice == "merge" ? RedirectToAction(nameof(Index)) : RedirectToAction(nameof(Details), new { id });
    }

    private async Task<ApplicationPage?> PageAsync(int id, AcceptForm? accept, DeclineForm? decline, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        var application = await queue.ReadAsync(user, id, ct);
        if (application is null)
        {
            return null;
        }

        var coaches = await queue.CoachesAsync(application.ProgrammeId, ct);
        var (organisation, duplicate) = await queue.LinkedNamesAsync(application, ct);
        accept ??= new AcceptForm { CoachId = coaches.Any(c => c.Id == user.Id) ? user.Id : null };
        return new ApplicationPage(application, await queue.ConsentsAsync(id, ct), coaches, organisation, duplicate, accept, decline ?? new DeclineForm());
    }
}
