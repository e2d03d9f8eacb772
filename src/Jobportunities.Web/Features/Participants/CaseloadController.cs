using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Participants;

/// <summary>The caseload: search, filter, sort and page through the participants in reach.</summary>
[Authorize(Policy = Policies.Coaching)]
[Route("participants")]
public sealed class CaseloadController(CaseloadService caseload, ProgrammeStaffQueries staff) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] CaseloadFilter filter, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        var query = new CaseloadQuery(filter.Q, filter.Phase, filter.Programme, filter.Coach, filter.Sort, filter.Desc, filter.Page <= 0 ? 1 : filter.Page, filter.Exited);
        var page = await caseload.SearchAsync(user, query, ct);
        var programmes = await staff.ProgrammesOfAsync(user.Id, ct);
        var coaches = user.IsInRole(Roles.ProgrammeLead)
            ? await staff.ActiveCoachesOfColleagueAsync(user.Id, ct)
            : [];
        return View(new CaseloadViewModel(page, filter, programmes, coaches));
    }
}

/// <summary>The caseload's query string: ?q=&amp;phase=&amp;programme=&amp;coach=&amp;sort=&amp;desc=&amp;page=&amp;exited=.</summary>
public sealed class CaseloadFilter
{
    public string? Q { get; set; }

    public Phase? Phase { get; set; }

    public int? Programme { get; set; }

    public string? Coach { get; set; }

    public CaseloadSort Sort { get; set; }

    public bool Desc { get; set; }

    public int Page { get; set; } = 1;

    public bool Exited { get; set; }

    public Dictionary<string, string?> RouteValues(int? page = null, CaseloadSort? sort = null, bool? desc = null) => new()
    {
        ["q"] = Q,
        ["phase"] = Phase?.ToString(),
        ["programme"] = Programme?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["coach"] = Coach,
        ["sort"] = (sort ?? Sort).ToString(),
        ["desc"] = (desc ?? Desc) ? "true" : null,
        ["page"] = (page ?? Page).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["exited"] = Exited ? "true" : null,
    };
}

public sealed record CaseloadViewModel(CaseloadPage Page, CaseloadFilter Filter, IReadOnlyList<(int Id, string Name)> Programmes, IReadOnlyList<(string Id, string Name)> Coaches);
