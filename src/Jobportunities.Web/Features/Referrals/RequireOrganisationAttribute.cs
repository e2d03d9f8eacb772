using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Jobportunities.Web.Features.Referrals;

/// <summary>
/// Referrers act for their organisation and see only its data: a signed-in account without an
/// organisation (claim "org") is refused with 403, whatever its role.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequireOrganisationAttribute : Attribute, IAuthorizationFilter
{
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated == true && user.ToStaffUser().OrganisationId is null)
        {
            context.Result = new ForbidResult();
        }
    }
}
