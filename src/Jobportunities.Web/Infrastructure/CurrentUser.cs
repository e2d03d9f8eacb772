using System.Security.Claims;
using Jobportunities.Core.Identity;

namespace Jobportunities.Web.Infrastructure;

public static class CurrentUser
{
    public const string OrganisationClaim = "org";

    /// <summary>The signed-in staff member for the services of Core.</summary>
    public static StaffUser ToStaffUser(this ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in.");
        var roles = Roles.All.Where(principal.IsInRole).ToHashSet();
        var organisation = int.TryParse(principal.FindFirstValue(OrganisationClaim), out var org) ? org : (int?)null;
        return new StaffUser(id, roles, organisation);
    }
}
