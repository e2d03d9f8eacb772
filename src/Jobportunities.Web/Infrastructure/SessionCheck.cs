using System.Security.Claims;
using Jobportunities.Core.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// Sign-out ends the session: logging out renews the user's security stamp, and every request
/// compares the stamp in the cookie with the stored one, so a copied cookie stops working at once
/// (not only at the next full security-stamp validation). One primary-key lookup of one column per
/// request; the full re-validation of roles stays at its one-minute interval.
/// </summary>
internal static class SessionCheck
{
    /// <summary>Compiled once: the check runs on every signed-in request, so it skips EF Core's query cache lookup.</summary>
    private static readonly Func<AppDbContext, string, CancellationToken, Task<string?>> StampOf =
        EF.CompileAsyncQuery((AppDbContext db, string userId, CancellationToken ct) =>
            db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefault());

    public static async Task<bool> IsCurrentAsync(CookieValidatePrincipalContext context)
    {
        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return false;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>();
        var current = await StampOf(db, userId, context.HttpContext.RequestAborted);
        return current == stamp;
    }
}
