using Jobportunities.Core.Identity;
using Jobportunities.Core.Today;
using Jobportunities.Web.Infrastructure;
using Jobportunities.Web.Infrastructure.Navigation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Home;

[AllowAnonymous]
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index([FromServices] TodayService today, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return View("Index");
        }

        // Coaches, leads and employer advisers start on "Vandaag"; referrers and administrators on their tasks.
        var user = User.ToStaffUser();
        if (user.IsInRole(Roles.Coach) || user.IsInRole(Roles.ProgrammeLead) || user.IsInRole(Roles.EmployerAdviser))
        {
            return View("Today", await today.ReadAsync(user, ct));
        }

        return View("Staff", new StaffHomePage(NavigationItems.For(User).Skip(1).ToList()));
    }
}
