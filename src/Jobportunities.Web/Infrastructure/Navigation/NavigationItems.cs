using System.Security.Claims;
using Jobportunities.Core.Identity;

namespace Jobportunities.Web.Infrastructure.Navigation;

/// <summary>The main navigation per role, in one list: a feature adds its entry here.</summary>
public static class NavigationItems
{
    private static readonly NavigationItem[] All =
    [
        new("/", "Nav.Home", Roles.All),
        new("/participants", "Nav.Caseload", [Roles.Coach, Roles.ProgrammeLead]),
        new("/intake-queue", "Nav.IntakeQueue", [Roles.Coach, Roles.ProgrammeLead]),
        new("/durable-checks", "Nav.DurableChecks", [Roles.Coach, Roles.ProgrammeLead]),
        new("/follow-ups", "Nav.FollowUps", [Roles.Coach, Roles.ProgrammeLead]),
        new("/signals", "Nav.Signals", [Roles.Coach, Roles.ProgrammeLead]),
        new("/vacancies", "Nav.Vacancies", [Roles.EmployerAdviser, Roles.Coach, Roles.ProgrammeLead]),
        new("/employers", "Nav.Employers", [Roles.EmployerAdviser, Roles.Coach, Roles.ProgrammeLead]),
        new("/matching-events", "Nav.MatchingEvents", [Roles.EmployerAdviser, Roles.Coach, Roles.ProgrammeLead]),
        new("/referrals", "Nav.Referrals", [Roles.Referrer]),
        new("/stand-ins", "Nav.StandIns", [Roles.ProgrammeLead]),
        new("/dashboard", "Nav.Dashboard", [Roles.ProgrammeLead]),
        new("/programmes", "Nav.Programmes", [Roles.ProgrammeLead, Roles.Administrator]),
        new("/instruments", "Nav.Instruments", [Roles.ProgrammeLead, Roles.Administrator]),
        new("/training-providers", "Nav.TrainingProviders", [Roles.Coach, Roles.ProgrammeLead, Roles.Administrator]),
        new("/audit", "Nav.Audit", [Roles.ProgrammeLead, Roles.Administrator]),
        new("/admin/organisations", "Nav.Organisations", [Roles.Administrator]),
        new("/admin/users", "Nav.Users", [Roles.Administrator]),
    ];

    public static IReadOnlyList<NavigationItem> For(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? All.Where(i => i.Roles.Any(user.IsInRole)).ToList()
            : [];
}
