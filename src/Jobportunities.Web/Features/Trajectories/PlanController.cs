using System.Globalization;
using Jobportunities.Core.Trajectories;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Trajectories;

/// <summary>
/// The coaching plan of a participant, and its printable version. The own and stand-in coach
/// edit it; a lead of the programme reads it; for anyone else it does not exist (404).
/// </summary>
[Authorize(Policy = Policies.Coaching)]
[Route("participants/{id:int}/plan")]
public sealed class PlanController(PlanPageBuilder pages, CoachingPlanService plans) : Controller
{
    private static readonly string[] PrintLanguages = ["nl", "de", "en"];

    [HttpGet("")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var model = await pages.BuildAsync(this, id, ct: ct);
        return model is null ? NotFound() : View(PlanPageBuilder.View, model);
    }

    /// <summary>A clean page to print and sign, in the participant's language (nl, de or en).</summary>
    [HttpGet("print")]
    public async Task<IActionResult> Print(int id, CancellationToken ct)
    {
        var plan = await plans.ReadAsync(User.ToStaffUser(), id, "print", ct);
        if (plan is null)
        {
            return NotFound();
        }

        var language = PrintLanguages.Contains(plan.Language) ? plan.Language : "nl";
        return new CultureViewResult(View("Print", plan), CultureInfo.GetCultureInfo(language));
    }
}
