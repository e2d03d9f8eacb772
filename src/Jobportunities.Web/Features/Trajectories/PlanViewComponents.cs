using Jobportunities.Core.Trajectories;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Trajectories;

/// <summary>Budget against spend on the programme page (Programmes/Details).</summary>
public sealed class ProgrammeSpendViewComponent(ProgrammeSpendService spend) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int programmeId) =>
        View("~/Features/Trajectories/_ProgrammeSpend.cshtml", await spend.ForProgrammeAsync(programmeId, HttpContext.RequestAborted));
}
