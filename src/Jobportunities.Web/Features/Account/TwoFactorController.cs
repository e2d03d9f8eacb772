using FluentValidation;
using Jobportunities.Core.Identity;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Account;

/// <summary>
/// Enrolment of an authenticator app with Identity's own token provider: the shared key (shown in
/// groups of four and as a QR code rendered here), a first code to prove the app works, then ten
/// recovery codes shown once.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[Route("account/two-factor")]
public sealed class TwoFactorController(
    SignInManager<AppUser> signInManager,
    IValidator<AuthenticatorCodeForm> validator,
    IStringLocalizer<SharedResource> texts,
    Core.Audit.AuditLog audit) : Controller
{
    private const string CodesKey = "RecoveryCodes";
    private const int RecoveryCodeCount = 10;

    private UserManager<AppUser> Users => signInManager.UserManager;

    [HttpGet("")]
    public async Task<IActionResult> Index() => View("TwoFactor", await PageAsync(new AuthenticatorCodeForm()));

    [HttpPost("")]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] AuthenticatorCodeForm form)
    {
        (await validator.ValidateAsync(form)).AddTo(ModelState, "Form");
        var user = await Users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid && !user.TwoFactorEnabled)
        {
            var valid = await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, form.Normalized);
            await audit.AccountEventAsync(user.Id, "two-factor:enrol", valid ? Core.Audit.AuditResult.Success : Core.Audit.AuditResult.Denied);
            if (valid)
            {
                await Users.SetTwoFactorEnabledAsync(user, true);
                var codes = await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
                await signInManager.RefreshSignInAsync(user); // the stamp changed; the session carries on
                TempData[CodesKey] = string.Join(' ', codes ?? Array.Empty<string>());
                return RedirectToAction(nameof(RecoveryCodes));
            }

            ModelState.AddModelError("Form.Code", texts["TwoFactor.CodeWrong"]);
        }

        form.Code = null;
        return View("TwoFactor", await PageAsync(form));
    }

    /// <summary>New recovery codes (the old ones stop working), for a user who used or lost them.</summary>
    [HttpPost("recovery-codes/new")]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        var user = await Users.GetUserAsync(User);
        if (user is null || !user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        TempData[CodesKey] = string.Join(' ', await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? Array.Empty<string>());
        await audit.AccountEventAsync(user.Id, "two-factor:recovery-codes-renewed", Core.Audit.AuditResult.Success);
        return RedirectToAction(nameof(RecoveryCodes));
    }

    /// <summary>The recovery codes, once: they travel in encrypted TempData and are not stored readable.</summary>
    [HttpGet("recovery-codes")]
    public IActionResult RecoveryCodes() =>
        TempData[CodesKey] is string codes
            ? View("RecoveryCodes", codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            : RedirectToAction(nameof(Index));

    private async Task<TwoFactorPage> PageAsync(AuthenticatorCodeForm form)
    {
        var user = await Users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        if (user.TwoFactorEnabled)
        {
            return new TwoFactorPage(true, null, null, form, await Users.CountRecoveryCodesAsync(user));
        }

        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Identity's own enrolment does this on first view; it renews the security stamp, so
            // the session is re-issued with the new one.
            await Users.ResetAuthenticatorKeyAsync(user);
            await signInManager.RefreshSignInAsync(user);
            key = await Users.GetAuthenticatorKeyAsync(user);
        }

        var uri = AuthenticatorQr.Uri("Jobportunities", user.Email ?? user.UserName ?? "", key!);
        return new TwoFactorPage(false, AuthenticatorQr.Grouped(key!), AuthenticatorQr.PngDataUri(uri), form, 0);
    }
}
