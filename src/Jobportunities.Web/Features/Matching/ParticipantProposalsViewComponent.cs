using Jobportunities.Core.Matching;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Matching;

/// <summary>On the participant file: the vacancies the participant was proposed for, with the status. Nothing when there are none.</summary>
public sealed class ParticipantProposalsViewComponent(ProposalService proposals) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int participantId)
    {
        var rows = await proposals.ForParticipantAsync(UserClaimsPrincipal.ToStaffUser(), participantId, HttpContext.RequestAborted);
        return rows.Count == 0 ? Content("") : View("~/Features/Matching/_ParticipantProposals.cshtml", rows);
    }
}
