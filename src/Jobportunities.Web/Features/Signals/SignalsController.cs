using Jobportunities.Core.Common;
using Jobportunities.Core.Reporting;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Signals;

/// <summary>Data-quality signals: a coach's of their caseload, a lead's of their programmes; each a link to the record.</summary>
[Authorize(Policy = Policies.Coaching)]
[Route("signals")]
public sealed class SignalsController(SignalService signals, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new SignalsPage(await signals.ListAsync(User.ToStaffUser(), ct), clock.Today()));
}
