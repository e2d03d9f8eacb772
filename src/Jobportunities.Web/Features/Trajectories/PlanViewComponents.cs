using Jobportunities.Core.Trajectories;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Trajectories;

/// <summary>Budget against spend on the programme page (Programmes/Details).</summary>
public sealed class ProgrammeSpendViewComponent(ProgrammeSpendService spend) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int programmeId) =>
        View("~/Features/Trajectories/_ProgrammeSpend.cshtml", await spend.ForProgrammeAsync(programmeId, HttpContext.RequestAborted));
}

/// <summary>
/// The plan in short on the participant file: its wagons, cost and praktijkleren certificates,
/// with a link to the plan. Read through the plan service, so the read is audited.
/// </summary>
public sealed class PlanSummaryViewComponent(CoachingPlanService plans) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int participantId)
    {
        var plan = await plans.ReadSummaryAsync(UserClaimsPrincipal.ToStaffUser(), participantId, HttpContext.RequestAborted);
        return plan is null ? Content("") : View("~/Features/Trajectories/_PlanSummary.cshtml", plan);
    }
}
