using Microsoft.AspNetCore.Identity;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// Steps a signed-in staff user must finish before anything else: a password chosen by an
/// administrator is replaced first (/account/password), then, when Security:RequireTwoFactor is on
/// (default in Production), an authenticator app is enrolled (/account/two-factor). Until then every
/// other page redirects there; only those pages, sign-out and the error pages answer.
/// </summary>
internal static class AccountGate
{
    public const string PasswordPath = "/account/password";
    public const string TwoFactorPath = "/account/two-factor";

    public static bool RequireTwoFactor(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Security:RequireTwoFactor", environment.IsProduction());

    public static IApplicationBuilder UseAccountGate(this WebApplication app)
    {
        var requireTwoFactor = RequireTwoFactor(app.Configuration, app.Environment);
        return app.Use(async (context, next) =>
        {
            var target = Target(context, requireTwoFactor);
            if (target is not null && !Allowed(context.Request.Path, target))
            {
                context.Response.Redirect(target);
                return;
            }

            await next();
        });
    }

    private static string? Target(HttpContext context, bool requireTwoFactor)
    {
        var user = context.User;
        if (user.Identity is not { IsAuthenticated: true, AuthenticationType: var type } || type != IdentityConstants.ApplicationScheme)
        {
            return null; // anonymous visitors and API keys are not staff sessions
        }

        if (user.HasClaim(AppClaimsFactory.MustChangePasswordClaim, "true"))
        {
            return PasswordPath;
        }

        return requireTwoFactor && !user.HasClaim(AppClaimsFactory.TwoFactorClaim, "true") ? TwoFactorPath : null;
    }

    private static bool Allowed(PathString path, string target) =>
        path.StartsWithSegments(target) || path.StartsWithSegments("/account/logout") || path.StartsWithSegments("/error") || path.StartsWithSegments("/culture");
}
