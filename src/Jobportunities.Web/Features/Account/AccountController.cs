using FluentValidation;
using Jobportunities.Core.Identity;
using Jobportunities.Web.Demo;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Account;

/// <summary>Staff sign-in and sign-out. There is no self-registration: administrators create accounts.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<AppUser> signInManager,
    IValidator<LoginForm> validator,
    IStringLocalizer<SharedResource> texts,
    IWebHostEnvironment environment,
    TimeProvider clock,
    Core.Audit.AuditLog audit) : Controller
{
    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(Page(new LoginForm { ReturnUrl = returnUrl }));

    [HttpPost("login")]
    [AllowAnonymous]
    public async Task<IActionResult> Login([Bind(Prefix = "Form")] LoginForm form)
    {
        (await validator.ValidateAsync(form)).AddTo(ModelState, nameof(LoginPage.Form));
        if (!ModelState.IsValid)
        {
            return View(Page(form));
        }

        var user = await signInManager.UserManager.FindByEmailAsync(form.Email!.Trim());
        if (user is null || user.IsDisabled)
        {
            await audit.AccountEventAsync(user?.Id, "sign-in", Core.Audit.AuditResult.Denied);
            return Refuse(form, "Login.Failed");
        }

        var result = await signInManager.CheckPasswordSignInAsync(user, form.Password!, lockoutOnFailure: true);
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

        var properties = new AuthenticationProperties();
        properties.Items[IdentitySetup.SignedInItem] = clock.GetUtcNow().UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await signInManager.SignInAsync(user, properties);
        await audit.AccountEventAsync(user.Id, "sign-in", Core.Audit.AuditResult.Success);
        return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : "/");
    }

    [HttpPost("logout")]
    [Authorize]
    public async Task<IActionResult> Logout()
    {
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
