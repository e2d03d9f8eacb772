using FluentValidation;
using Jobportunities.Core.Identity;
using Jobportunities.Web.Demo;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Account;

/// <summary>Staff sign-in and sign-out. There is no self-registration: administrators create accounts.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<AppUser> signInManager,
    IValidator<LoginForm> validator,
    IStringLocalizer<SharedResource> texts,
    IWebHostEnvironment environment,
    LoginThrottle throttle,
    LoginDecoy decoy,
    Core.Audit.AuditLog audit) : Controller
{
    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(Page(new LoginForm { ReturnUrl = returnUrl }));

    [HttpPost("login")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitingSetup.Login)]
    public async Task<IActionResult> Login([Bind(Prefix = "Form")] LoginForm form)
    {
        (await validator.ValidateAsync(form)).AddTo(ModelState, nameof(LoginPage.Form));
        if (!ModelState.IsValid)
        {
            return View(Page(form));
        }

        if (throttle.TryAttempt(form.Email!) is { } wait)
        {
            LoginThrottle.SetRetryAfter(Response, wait);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var user = await signInManager.UserManager.FindByEmailAsync(form.Email!.Trim());
        if (user is null || user.IsDisabled)
        {
            await audit.AccountEventAsync(user?.Id, "sign-in", Core.Audit.AuditResult.Denied);
            return Refuse(form, decoy.FailAndIsLockedOut(form.Email!, form.Password!) ? "Login.LockedOut" : "Login.Failed");
        }

        // Identity's own flow: with an authenticator enrolled this only remembers the user for the
        // code step (RequiresTwoFactor); the absolute lifetime is started in OnSigningIn.
        var result = await signInManager.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(LoginTwoFactorController.Code), "LoginTwoFactor", new { returnUrl = form.ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            await audit.AccountEventAsync(user.Id, "sign-in:locked-out", Core.Audit.AuditResult.Denied);
            return Refuse(form, "Login.LockedOut");
        }

        if (!result.Succeeded)
        {
            await audit.AccountEventAsync(user.Id, "sign-in", Core.Audit.AuditResult.Denied);
            return Refuse(form, "Login.Failed");
        }

        await audit.AccountEventAsync(user.Id, "sign-in", Core.Audit.AuditResult.Success);
        return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : "/");
    }

    [HttpPost("logout")]
    [Authorize]
    public async Task<IActionResult> Logout()
    {
        // A new security stamp makes every copy of this session's cookie invalid at the next
        // request (SessionCheck); it also ends the user's sessions on other devices.
        if (await signInManager.UserManager.GetUserAsync(User) is { } user)
        {
            await signInManager.UserManager.UpdateSecurityStampAsync(user);
            await audit.AccountEventAsync(user.Id, "sign-out", Core.Audit.AuditResult.Success);
        }

        await signInManager.SignOutAsync();
        TempData["Notice"] = texts["Login.SignedOut"].Value;
        return Redirect("/");
    }

    [HttpGet("denied")]
    [AllowAnonymous]
    public IActionResult Denied() => StatusCode(StatusCodes.Status403Forbidden);

    private ViewResult Refuse(LoginForm form, string messageKey)
    {
        // One message for unknown e-mail and wrong password: no account enumeration.
        ModelState.AddModelError(string.Empty, texts[messageKey]);
        form.Password = null;
        return View(Page(form));
    }

    private LoginPage Page(LoginForm form) =>
        new(form, environment.IsDevelopment() ? DemoAccounts.List : []);
}
