using Jobportunities.Core.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Trajectories;

/// <summary>What the plan's controllers share: answering a service result, and showing the page again with the input kept.</summary>
public abstract class PlanControllerBase(PlanPageBuilder pages, IStringLocalizer<SharedResource> texts) : Controller
{
    protected IStringLocalizer<SharedResource> Texts => texts;

    /// <summary>
    /// Ok: a notice and back to the plan's section (post/redirect/get). Invalid or Conflict: the
    /// page again with the input and the message at <paramref name="errorKey"/>; on a conflict
    /// <paramref name="takeSavedVersion"/> first puts the saved version in the form, so saving
    /// again overwrites. Refused: 403; not found: 404.
    /// </summary>
    protected async Task<IActionResult> AnswerAsync(Result<int> result, int id, string noticeKey, string section, string errorKey,
        Action<PlanViewModel> keep, CancellationToken ct, Action<PlanViewModel>? takeSavedVersion = null)
    {
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData["Notice"] = texts[noticeKey].Value;
                return Redirect($"/participants/{id}/plan#{section}");
            case Outcome.Invalid:
                ModelState.AddModelError(errorKey, texts["Plan.Error." + result.ErrorCode]);
                return await RedisplayAsync(id, keep, ct);
            case Outcome.Conflict:
                ModelState.AddModelError(errorKey, texts["Concurrency.Conflict"]);
                return await RedisplayAsync(id, m =>
                {
                    takeSavedVersion?.Invoke(m);
                    keep(m);
                }, ct);
            case Outcome.Refused:
                return Forbid();
            default:
                return NotFound();
        }
    }

    protected async Task<IActionResult> RedisplayAsync(int id, Action<PlanViewModel> keep, CancellationToken ct)
    {
        var model = await pages.BuildAsync(this, id, keep, ct);
        if (model is null)
        {
            return NotFound();
        }

        return model.Plan.Rights.CanEdit ? View(PlanPageBuilder.View, model) : Forbid();
    }
}
