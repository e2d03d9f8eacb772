using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Privacy;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Privacy;

/// <summary>Erasure on request: a confirmation page that says what is kept, and the erasure itself.</summary>
[Authorize(Policy = Policies.ProgrammeManagement)]
[Route("participants/{id:int}/erase")]
public sealed class ErasureController(ErasureService erasure, IValidator<ErasureForm> validator, IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Erase(int id, CancellationToken ct)
    {
        var subject = await erasure.FindAsync(User.ToStaffUser(), id, ct);
        return subject is null ? NotFound() : View(new ErasurePage(subject, new ErasureForm()));
    }

    [HttpPost("")]
    public async Task<IActionResult> Erase(int id, [Bind(Prefix = "Form")] ErasureForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (ModelState.IsValid)
        {
            var result = await erasure.EraseAsync(User.ToStaffUser(), id, new ErasureRequest(form.ErasureReason!, form.DurableCheckImpossible), ct);
            if (result.Outcome == Outcome.NotFound)
            {
                return NotFound();
            }

            if (result.IsOk)
            {
                TempData["Notice"] = texts["Erasure.Done"].Value;
                return Redirect($"/participants/{id}/erase");
            }

            ModelState.AddModelError("Form.DurableCheckImpossible", texts[result.ErrorCode!]);
        }

        var subject = await erasure.FindAsync(User.ToStaffUser(), id, ct);
        return subject is null ? NotFound() : View(new ErasurePage(subject, form));
    }
}
