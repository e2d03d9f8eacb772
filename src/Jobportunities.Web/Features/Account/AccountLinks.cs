using Jobportunities.Core.Identity;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Jobportunities.Web.Features.Account;

/// <summary>
/// Set-password links: /account/reset-password?user=…&amp;token=… with Identity's reset token, which
/// expires (IdentitySetup.PasswordLinkLifetime) and works once (it is bound to the security stamp,
/// which a new password renews). The link carries no e-mail address and no password.
/// </summary>
public sealed class AccountLinks(UserManager<AppUser> users, IAccountMailer mailer, LinkGenerator links)
{
    public async Task SendResetAsync(AppUser user, HttpContext context) =>
        await mailer.SendPasswordResetAsync(user.Email!, await LinkAsync(user, context), context.RequestAborted);

    public async Task SendInvitationAsync(string userId, HttpContext context)
    {
        var user = await users.FindByIdAsync(userId);
        if (user?.Email is not null)
        {
            await mailer.SendInvitationAsync(user.Email, user.DisplayName, await LinkAsync(user, context), context.RequestAborted);
        }
    }

    private async Task<string> LinkAsync(AppUser user, HttpContext context)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return links.GetUriByAction(context, nameof(PasswordResetController.Reset), "PasswordReset", new { user = user.Id, token })
            ?? throw new InvalidOperationException("No route to the reset page.");
    }
}
