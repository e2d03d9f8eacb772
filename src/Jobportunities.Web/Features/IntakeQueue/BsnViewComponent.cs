using Jobportunities.Core.Intake;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.IntakeQueue;

public sealed record BsnBlock(BsnView View, string ShowAction);

/// <summary>The BSN line of the queue and file pages: masked with a "show" button, or in full right after showing.</summary>
public sealed class BsnViewComponent(BsnService bsn) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int? applicationId, int? participantId)
    {
        var user = UserClaimsPrincipal.ToStaffUser();
        var ct = HttpContext.RequestAborted;
        var (view, action) = applicationId is { } a
            ? (await bsn.ForApplicationAsync(user, a, BsnController.TakeShow(TempData, BsnController.ShowApplicationKey, a), ct), $"/intake-queue/{a}/bsn")
            : (await bsn.ForParticipantAsync(user, participantId!.Value, BsnController.TakeShow(TempData, BsnController.ShowParticipantKey, participantId.Value), ct), $"/participants/{participantId}/bsn");
        return view is null ? Content("") : View("~/Features/IntakeQueue/_Bsn.cshtml", new BsnBlock(view, action));
    }
}
