using Jobportunities.Core.Audit;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.AuditLog;

/// <summary>Leads search the audit log of their programmes, administrators all of it; nobody can change it.</summary>
[Authorize(Policy = Policies.ProgrammeManagement)]
[Route("audit")]
public sealed class AuditLogController(Core.Audit.AuditLog audit) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter, CancellationToken ct)
    {
        var query = new AuditQuery(null, string.IsNullOrWhiteSpace(filter.Type) ? null : filter.Type, string.IsNullOrWhiteSpace(filter.Id) ? null : filter.Id.Trim(), filter.From, filter.Until, filter.Page <= 0 ? 1 : filter.Page);
        var (rows, total) = await audit.SearchAsync(User.ToStaffUser(), query, ct);

        // A lead asking for one record outside their programmes learns nothing, not even that it exists.
        if (total == 0 && query.ObjectId is not null && !User.IsInRole(Core.Identity.Roles.Administrator))
        {
            return NotFound();
        }

        return View(new AuditPage(rows, total, filter));
    }
}
