using Jobportunities.Core.FollowUps;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.FollowUps;

/// <summary>
/// The follow-up block of a participant file. Only asked for a file that has left, so a file in
/// progress costs no query; the file page itself checked the rights and wrote the audit row.
/// </summary>
public sealed class FollowUpSummaryViewComponent(FollowUpService followUps, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int participantId) =>
        View("~/Features/FollowUps/_Summary.cshtml", new FollowUpSummary(await followUps.ForParticipantAsync(participantId, HttpContext.RequestAborted), Core.Common.Clock.Today(clock)));
}
