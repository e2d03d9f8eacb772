using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Users;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Users;

/// <summary>Administrators keep the staff accounts: create, roles, organisation, programmes, disable.</summary>
[Authorize(Policy = Policies.Administration)]
[Route("admin/users")]
public sealed class UsersController(
    UserAdminService service,
    UserAdminQueries queries,
    IValidator<UserForm> validator,
    IStringLocalizer<SharedResource> texts,
    Account.AccountLinks links) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.ListAsync(ct));

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) => View("Edit", await PageAsync(null, new UserForm(), ct));

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] UserForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (string.IsNullOrEmpty(form.Password))
        {
            ModelState.AddModelError("Form.Password", texts["Validation.Required", texts["Field.Password"]]);
        }

        if (ModelState.IsValid)
        {
            var result = await service.CreateAsync(User.ToStaffUser().Id, form.ToInput(), form.Password!, ct);
            if (result.IsOk)
            {
                // The first password is temporary: the invitation links to the set-password page,
                // and a sign-in with the first password leads there too (MustChangePassword).
                await links.SendInvitationAsync(result.Value!, HttpContext);
                TempData["Notice"] = texts["Users.Created", form.Email!].Value;
                return RedirectToAction(nameof(Index));
            }

            var field = result.ErrorCode switch { "DuplicateEmail" => "Form.Email", "AdministratorWithCaseFileRoles" => "Form.Roles", _ => "Form.Password" };
            ModelState.AddModelError(field, texts["Users.Error." + result.ErrorCode]);
        }

        form.Password = null;
        return View("Edit", await PageAsync(null, form, ct));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken ct)
    {
        var input = await queries.FindAsync(id, ct);
        return input is null ? NotFound() : View(await PageAsync(id, UserForm.From(input), ct));
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, [Bind(Prefix = "Form")] UserForm form, CancellationToken ct)
    {
        var existing = await queries.FindAsync(id, ct);
        if (existing is null)
        {
            return NotFound();
        }

        form.Email = existing.Email; // the e-mail is the login name and is not changed here
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View(await PageAsync(id, form, ct));
        }

        var result = await service.UpdateAsync(User.ToStaffUser().Id, id, form.ToInput(), ct);
        if (result.Outcome == Outcome.NotFound)
        {
            return NotFound();
        }

        if (!result.IsOk)
        {
            ModelState.AddModelError("Form.Roles", texts["Users.Error." + result.ErrorCode]);
            return View(await PageAsync(id, form, ct));
        }

        TempData["Notice"] = texts["Users.Saved", form.Email].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<UserEditPage> PageAsync(string? id, UserForm form, CancellationToken ct)
    {
        var (organisations, programmes) = await queries.ChoicesAsync(ct);
        return new UserEditPage(id, form, organisations, programmes);
    }
}
