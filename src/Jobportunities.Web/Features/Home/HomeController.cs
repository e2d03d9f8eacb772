using Jobportunities.Core.Identity;
using Jobportunities.Core.Reporting;
using Jobportunities.Web.Infrastructure;
using Jobportunities.Web.Infrastructure.Navigation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Home;

[AllowAnonymous]
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index([FromServices] SignalService signals, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return View("Index");
        }

        // Coaches and leads see their data-quality signals at a glance (the lists are on /signals).
        var user = User.ToStaffUser();
        var counts = user.IsInRole(Roles.Coach) || user.IsInRole(Roles.ProgrammeLead) ? await signals.CountAsync(user, ct) : null;
        return View("Staff", new StaffHomePage(NavigationItems.For(User).Skip(1).ToList(), counts));
    }
}

public sealed record StaffHomePage(IReadOnlyList<NavigationItem> Tasks, IReadOnlyDictionary<SignalKind, int>? Signals);
