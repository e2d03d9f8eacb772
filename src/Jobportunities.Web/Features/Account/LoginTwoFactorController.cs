using FluentValidation;
using Jobportunities.Core.Identity;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Account;

/// <summary>
/// The second sign-in step for a user with an authenticator app: a code from the app, or one of the
/// recovery codes (each works once). The password step left Identity's two-factor cookie; without
/// it these pages send the visitor back to the password step.
/// </summary>
[Route("account/login")]
public sealed class LoginTwoFactorController(
    SignInManager<AppUser> signInManager,
    IValidator<AuthenticatorCodeForm> codeValidator,
    IValidator<RecoveryCodeForm> recoveryValidator,
    IStringLocalizer<SharedResource> texts,
    Core.Audit.AuditLog audit) : Controller
{
    [HttpGet("two-factor")]
    [AllowAnonymous]
    public async Task<IActionResult> Code(string? returnUrl) =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(AccountController.Login), "Account")
            : View("LoginTwoFactor", new AuthenticatorCodeForm { ReturnUrl = returnUrl });

    [HttpPost("two-factor")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitingSetup.Login)]
    public async Task<IActionResult> Code([Bind(Prefix = "")] AuthenticatorCodeForm form)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToAction(nameof(AccountController.Login), "Account");
        }

        (await codeValidator.ValidateAsync(form)).AddTo(ModelState, "");
        if (ModelState.IsValid)
        {
            var result = await signInManager.TwoFactorAuthenticatorSignInAsync(form.Normalized, isPersistent: false, rememberClient: false);
            await audit.AccountEventAsync(user.Id, Outcome("sign-in:two-factor", result), result.Succeeded ? Core.Audit.AuditResult.Success : Core.Audit.AuditResult.Denied);
            if (result.Succeeded)
            {
                return Continue(form.ReturnUrl);
            }

            ModelState.AddModelError(nameof(form.Code), texts[result.IsLockedOut ? "Login.LockedOut" : "TwoFactor.CodeWrong"]);
        }

        form.Code = null;
        return View("LoginTwoFactor", form);
    }

    [HttpGet("recovery")]
    [AllowAnonymous]
    public async Task<IActionResult> Recovery(string? returnUrl) =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(AccountController.Login), "Account")
            : View("LoginRecovery", new RecoveryCodeForm { ReturnUrl = returnUrl });

    [HttpPost("recovery")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitingSetup.Login)]
    public async Task<IActionResult> Recovery([Bind(Prefix = "")] RecoveryCodeForm form)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToAction(nameof(AccountController.Login), "Account");
        }

        (await recoveryValidator.ValidateAsync(form)).AddTo(ModelState, "");
        if (ModelState.IsValid)
        {
            var code = form.RecoveryCode!.Replace(" ", "", StringComparison.Ordinal).Trim();
            var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(code);
            await audit.AccountEventAsync(user.Id, Outcome("sign-in:recovery-code", result), result.Succeeded ? Core.Audit.AuditResult.Success : Core.Audit.AuditResult.Denied);
            if (result.Succeeded)
            {
                return Continue(form.ReturnUrl);
            }

            ModelState.AddModelError(nameof(form.RecoveryCode), texts[result.IsLockedOut ? "Login.LockedOut" : "TwoFactor.RecoveryWrong"]);
        }

        form.RecoveryCode = null;
        return View("LoginRecovery", form);
    }

    /// <summary>What the audit row says: the step, and whether the account was locked out (never the code typed).</summary>
    private static string Outcome(string step, Microsoft.AspNetCore.Identity.SignInResult result) => result.IsLockedOut ? step + ":locked-out" : step;

    private IActionResult Continue(string? returnUrl) => LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
}
