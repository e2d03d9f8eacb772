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
/// Forgot-password (the same answer whether or not the address has an account) and the
/// set-password page behind reset and invitation links.
/// </summary>
[Route("account")]
public sealed class PasswordResetController(
    UserManager<AppUser> users,
    IValidator<ForgotPasswordForm> forgotValidator,
    IValidator<ResetPasswordForm> resetValidator,
    AccountLinks links,
    IStringLocalizer<SharedResource> texts,
    Core.Audit.AuditLog audit) : Controller
{
    [HttpGet("forgot-password")]
    [AllowAnonymous]
    public IActionResult Forgot() => View("ForgotPassword", new ForgotPasswordForm());

    [HttpPost("forgot-password")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitingSetup.PublicForm)]
    public async Task<IActionResult> Forgot(ForgotPasswordForm form)
    {
        (await forgotValidator.ValidateAsync(form)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return View("ForgotPassword", form);
        }

        if (await users.FindByEmailAsync(form.Email!.Trim()) is { IsDisabled: false } user)
        {
            await links.SendResetAsync(user, HttpContext);
            await audit.AccountEventAsync(user.Id, "password-reset:link-sent", Core.Audit.AuditResult.Success);
        }
        else
        {
            // No account (or a disabled one): "unknown", without the typed address.
            await audit.AccountEventAsync(null, "password-reset:link-sent", Core.Audit.AuditResult.Denied);
        }

        // The same answer whether or not the address has an account.
        TempData["Notice"] = texts["Password.ForgotSent"].Value;
        return RedirectToAction(nameof(AccountController.Login), "Account");
    }

    [HttpGet("reset-password")]
    [AllowAnonymous]
    public async Task<IActionResult> Reset(string? user, string? token)
    {
        var form = new ResetPasswordForm { UserId = user, Token = token };
        if (!await LinkValidAsync(form))
        {
            ModelState.AddModelError(string.Empty, texts["Password.LinkInvalid"]);
        }

        return View("ResetPassword", form);
    }

    [HttpPost("reset-password")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitingSetup.PublicForm)]
    public async Task<IActionResult> Reset(ResetPasswordForm form)
    {
        (await resetValidator.ValidateAsync(form)).AddTo(ModelState);
        if (ModelState.IsValid)
        {
            var user = await users.FindByIdAsync(form.UserId!);
            var result = user is null ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = "" }) : await users.ResetPasswordAsync(user, form.Token!, form.NewPassword!);
            await audit.AccountEventAsync(user?.Id, "password-reset", result.Succeeded ? Core.Audit.AuditResult.Success : Core.Audit.AuditResult.Denied);
            if (result.Succeeded && user is not null)
            {
                user.PasswordChosenByUser();
                await users.UpdateAsync(user);
                TempData["Notice"] = texts["Password.ResetDone"].Value;
                return RedirectToAction(nameof(AccountController.Login), "Account");
            }

            PasswordController.AddErrors(ModelState, texts, result, string.Empty, nameof(form.NewPassword));
        }

        form.NewPassword = form.ConfirmPassword = null;
        return View("ResetPassword", form);
    }

    private async Task<bool> LinkValidAsync(ResetPasswordForm form)
    {
        if (string.IsNullOrEmpty(form.UserId) || string.IsNullOrEmpty(form.Token) || await users.FindByIdAsync(form.UserId) is not { } user)
        {
            return false;
        }

        return await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, form.Token);
    }
}
