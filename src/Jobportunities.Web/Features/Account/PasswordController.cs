using FluentValidation;
using Jobportunities.Core.Identity;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Account;

/// <summary>A signed-in user changes their own password (and must, at first sign-in, when an administrator chose it).</summary>
[Route("account")]
[Authorize(Policy = Policies.Staff)]
public sealed class PasswordController(
    SignInManager<AppUser> signInManager,
    IValidator<ChangePasswordForm> validator,
    IStringLocalizer<SharedResource> texts,
    Core.Audit.AuditLog audit) : Controller
{
    private UserManager<AppUser> Users => signInManager.UserManager;

    [HttpGet("password")]
    public async Task<IActionResult> Change() => View("Password", await ChangePageAsync(new ChangePasswordForm()));

    [HttpPost("password")]
    public async Task<IActionResult> Change([Bind(Prefix = "Form")] ChangePasswordForm form)
    {
        (await validator.ValidateAsync(form)).AddTo(ModelState, "Form");
        var user = await Users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var result = await Users.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
            await audit.AccountEventAsync(user.Id, "password-change", result.Succeeded ? Core.Audit.AuditResult.Success : Core.Audit.AuditResult.Denied);
            if (result.Succeeded)
            {
                user.PasswordChosenByUser();
                await Users.UpdateAsync(user);
                await signInManager.RefreshSignInAsync(user); // new stamp and claims; this session carries on
                TempData["Notice"] = texts["Password.Changed"].Value;
                return Redirect("/");
            }

            AddErrors(ModelState, texts, result, "Form.CurrentPassword", "Form.NewPassword");
        }

        return View("Password", await ChangePageAsync(new ChangePasswordForm()));
    }

    private async Task<ChangePasswordPage> ChangePageAsync(ChangePasswordForm form) =>
        new(form, (await Users.GetUserAsync(User))?.MustChangePassword == true);

    /// <summary>Identity's refusals: a wrong current password or a bad link on one field, password rules on the new one.</summary>
    internal static void AddErrors(ModelStateDictionary modelState, IStringLocalizer<SharedResource> texts, IdentityResult result, string otherKey, string passwordKey)
    {
        foreach (var error in result.Errors)
        {
            var (key, text) = error.Code switch
            {
                "PasswordMismatch" => (otherKey, "Password.CurrentWrong"),
                "InvalidToken" => (otherKey, "Password.LinkInvalid"),
                _ => (passwordKey, "Users.Error." + error.Code),
            };
            modelState.AddModelError(key, texts[text]);
        }
    }
}
