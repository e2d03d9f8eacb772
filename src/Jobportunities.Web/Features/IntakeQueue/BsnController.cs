using Jobportunities.Core.Common;
using Jobportunities.Core.Intake;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.IntakeQueue;

/// <summary>
/// "Show BSN": an audited POST; the page shown right after it (and only that one) has the BSN in
/// full. The value never travels in a URL or TempData: TempData only carries which record.
/// </summary>
public sealed class BsnController(BsnService bsn) : Controller
{
    public const string ShowApplicationKey = "Bsn.ShowApplication";
    public const string ShowParticipantKey = "Bsn.ShowParticipant";

    [HttpPost("intake-queue/{id:int}/bsn")]
    [Authorize(Policy = Policies.Coaching)]
    public async Task<IActionResult> ShowForApplication(int id, CancellationToken ct)
    {
        var result = await bsn.ShowForApplicationAsync(User.ToStaffUser(), id, ct);
        if (!result.IsOk)
        {
            return NotFound();
        }

        TempData[ShowApplicationKey] = id;
        return Redirect($"/intake-queue/{id}#bsn");
    }

    [HttpPost("participants/{id:int}/bsn")]
    [Authorize(Policy = Policies.FileAccess)]
    public async Task<IActionResult> ShowForParticipant(int id, CancellationToken ct)
    {
        var result = await bsn.ShowForParticipantAsync(User.ToStaffUser(), id, ct);
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData[ShowParticipantKey] = id;
                return Redirect($"/participants/{id}#bsn");
            case Outcome.Refused:
                return Forbid();
            default:
                return NotFound();
        }
    }

    /// <summary>True once, on the page view right after the show POST for this record.</summary>
    public static bool TakeShow(Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionary tempData, string key, int id) =>
        tempData.TryGetValue(key, out var value) && value is int shown && shown == id;
}
