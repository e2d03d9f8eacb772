using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Participants;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Participants;

/// <summary>The ESF+ answers of a participant (docs/reporting.md): only the own coach (special-category data); 403 for others who may read the file, 404 for the rest.</summary>
[Authorize(Policy = Policies.FileAccess)]
[Route("participants/{id:int}/indicators")]
public sealed class IndicatorsController(IndicatorAnswerService indicators, IValidator<IndicatorAnswersForm> validator, IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) => await ShowAsync(id, null, ct);

    [HttpPost("")]
    public async Task<IActionResult> Save(int id, [Bind(Prefix = "Form")] IndicatorAnswersForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, form, ct);
        }

        var result = await indicators.SaveAsync(User.ToStaffUser(), id, form.ToAnswers(), ct);
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData["Notice"] = texts["Indicators.Saved"].Value;
                return RedirectToAction(nameof(Edit), new { id });
            case Outcome.Refused:
                return Forbid();
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> ShowAsync(int id, IndicatorAnswersForm? form, CancellationToken ct)
    {
        var view = await indicators.ReadAsync(User.ToStaffUser(), id, ct);
        return this.PageOr(view, answers => View("~/Features/Participants/Indicators.cshtml", new IndicatorsPage(answers, form ?? IndicatorAnswersForm.From(answers.Answers))));
    }
}

public sealed record IndicatorsPage(IndicatorAnswersView View, IndicatorAnswersForm Form);
