using Jobportunities.Core.Common;
using Jobportunities.Core.Matching;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Matching;

/// <summary>The ranked candidates for a vacancy, with why; coaches propose their own candidates.</summary>
[Authorize(Policy = Policies.EmployerWork)]
[Route("vacancies/{id:int}")]
public sealed class MatchingController(MatchingService matching, ProposalService proposals, IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("matches")]
    public async Task<IActionResult> Matches(int id, CancellationToken ct) => await MatchesPageAsync(id, ct);

    [HttpPost("proposals")]
    public async Task<IActionResult> Propose(int id, int participantId, string? note, CancellationToken ct)
    {
        if (note is { Length: > FieldLengths.Matching.ProposalNote })
        {
            ModelState.AddModelError(string.Empty, texts["Validation.MaxLength", texts["Field.Note"], FieldLengths.Matching.ProposalNote]);
            return await MatchesPageAsync(id, ct);
        }

        var result = await proposals.ProposeAsync(User.ToStaffUser(), id, participantId, note, ct);
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData["Notice"] = texts["Proposals.Saved"].Value;
                return Redirect($"/vacancies/{id}#proposals");
            case Outcome.Invalid:
                ModelState.AddModelError(string.Empty, texts["Proposals.Error." + result.ErrorCode]);
                return await MatchesPageAsync(id, ct);
            case Outcome.Refused:
                return Forbid();
            default:
                return NotFound();
        }
    }

    [HttpPost("proposals/{proposalId:int}/status")]
    public async Task<IActionResult> ProposalStatus(int id, int proposalId, ProposalStatus status, CancellationToken ct)
    {
        if (!Enum.IsDefined(status))
        {
            return BadRequest();
        }

        var result = await proposals.SetStatusAsync(User.ToStaffUser(), id, proposalId, status, ct);
        if (!result.IsOk)
        {
            return result.Outcome == Outcome.Refused ? Forbid() : NotFound();
        }

        TempData["Notice"] = texts["Proposals.StatusSaved", texts["ProposalStatus." + status]].Value;
        return Redirect($"/vacancies/{id}#proposals");
    }

    private async Task<IActionResult> MatchesPageAsync(int id, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        var list = await matching.RankAsync(user, id, ct);
        return list is null ? NotFound() : View("Matches", new MatchesPage(list, user.IsInRole(Core.Identity.Roles.Coach), !user.IsInRole(Core.Identity.Roles.ProgrammeLead) && user.IsInRole(Core.Identity.Roles.EmployerAdviser)));
    }
}

/// <param name="CanPropose">The user is a coach: own candidates get a propose button.</param>
/// <param name="ConsentedOnly">The user sees candidates as an adviser: only those who consented.</param>
public sealed record MatchesPage(MatchList List, bool CanPropose, bool ConsentedOnly);
