using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Participants;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Participants;

/// <summary>
/// The consent ledger of a participant: the own coach and a stand-in record a change or
/// withdrawal; sharing with employers and training providers follows at once.
/// A lead or adviser who may open the file gets 403; anyone else 404.
/// </summary>
[Authorize(Policy = Policies.FileAccess)]
[Route("participants/{id:int}/consents")]
public sealed class ConsentsController(ConsentService consents, IValidator<ConsentForm> validator, TimeProvider clock, IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken ct) =>
        await ShowAsync(id, new ConsentForm { Date = clock.Today() }, ct);

    [HttpPost("")]
    public async Task<IActionResult> Record(int id, [Bind(Prefix = "Form")] ConsentForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, form, ct);
        }

        var result = await consents.RecordAsync(User.ToStaffUser(), id, form.ToChange(), ct);
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData["Notice"] = texts["Consent.Saved"].Value;
                return RedirectToAction(nameof(Index), new { id });
            case Outcome.Invalid:
                ModelState.AddModelError("Form.Date", texts["Consent.Error." + result.ErrorCode]);
                return await ShowAsync(id, form, ct);
            case Outcome.Refused:
                return Forbid();
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> ShowAsync(int id, ConsentForm form, CancellationToken ct)
    {
        var overview = await consents.ReadAsync(User.ToStaffUser(), id, ct);
        return this.PageOr(overview, ledger => View("~/Features/Participants/Consents.cshtml", new ConsentPage(ledger, form)));
    }
}
