using System.Security.Claims;
using Jobportunities.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jobportunities.Web.Infrastructure;

/// <summary>Adds the display name to the principal, so the header needs no query per request.</summary>
internal sealed class AppClaimsFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "name";
    public const string MustChangePasswordClaim = "jp.must-change-password";
    public const string TwoFactorClaim = "jp.two-factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.OrganisationId is { } organisation)
        {
            identity.AddClaim(new Claim(CurrentUser.OrganisationClaim, organisation.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        // Account state the sign-in gate needs on every request (AccountGate), re-read with the roles.
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactorClaim, "true"));
        }

        return identity;
    }
}
