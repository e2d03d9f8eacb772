using System.Reflection;
using Jobportunities.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Harness;

public sealed record Fortune(int Id, string Message);

/// <summary>
/// The load harness's reference page, shaped like TechEmpower's "Fortunes": 12 rows queried, one
/// added, sorted and rendered with the site's layout. It queries the DbContext itself on purpose:
/// it is the yardstick of a plain MVC + EF page, not a feature. It exists only when the setting
/// LoadHarness:ReferenceEndpoint is on (<see cref="HarnessControllerGate"/>); never in normal runs.
/// </summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[Route("harness/fortunes")]
public sealed class FortunesController(AppDbContext db, IStringLocalizer<SharedResource> texts) : Controller
{
    public const string Setting = "LoadHarness:ReferenceEndpoint";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var rows = await db.Instruments.AsNoTracking().OrderBy(i => i.Id).Take(12).Select(i => new Fortune(i.Id, i.NameNl)).ToListAsync(ct);
        rows.Add(new Fortune(0, texts["Harness.Fortunes.Added"]));
        return View("~/Features/Harness/Index.cshtml", rows.OrderBy(r => r.Message, StringComparer.Ordinal).ToList());
    }
}

/// <summary>Removes <see cref="FortunesController"/> unless the harness turned it on.</summary>
public sealed class HarnessControllerGate(bool enabled) : IApplicationFeatureProvider<ControllerFeature>
{
    public void PopulateFeature(IEnumerable<ApplicationPart> parts, ControllerFeature feature)
    {
        if (!enabled)
        {
            feature.Controllers.Remove(typeof(FortunesController).GetTypeInfo());
        }
    }
}
