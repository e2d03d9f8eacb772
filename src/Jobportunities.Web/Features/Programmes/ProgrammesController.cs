using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Programmes;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Programmes;

/// <summary>Programme leads and administrators view and configure programmes.</summary>
[Authorize(Policy = Policies.ProgrammeManagement)]
[Route("programmes")]
public sealed class ProgrammesController(
    ProgrammeService programmes,
    IValidator<ProgrammeForm> validator,
    IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await programmes.ListAsync(User.ToStaffUser(), ct));

    [HttpGet("{code}")]
    public async Task<IActionResult> Details(string code, CancellationToken ct)
    {
        var programme = await programmes.FindAsync(User.ToStaffUser(), code, ct);
        return programme is null ? NotFound() : View(programme);
    }

    [HttpGet("{code}/edit")]
    public async Task<IActionResult> Edit(string code, CancellationToken ct)
    {
        var programme = await programmes.FindAsync(User.ToStaffUser(), code, ct);
        return programme is null ? NotFound() : View(new ProgrammeEditPage(programme.Code, programme.Name, WithBlankArea(ProgrammeForm.From(programme)), null));
    }

    [HttpPost("{code}/edit")]
    public async Task<IActionResult> Edit(string code, [Bind(Prefix = "Form")] ProgrammeForm form, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        var current = await programmes.FindAsync(user, code, ct);
        if (current is null)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View(new ProgrammeEditPage(code, current.Name, WithBlankArea(form), null));
        }

        var result = await programmes.UpdateAsync(user, code, form.Version, form.ToSettings(), ct);
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData["Notice"] = texts["Programme.Saved"].Value;
                return RedirectToAction(nameof(Details), new { code });
            case Outcome.Conflict:
                // Keep what this user typed; show what was saved meanwhile; the next save overwrites.
                ModelState.AddModelError(string.Empty, texts["Concurrency.Conflict"]);
                ModelState.Remove("Form.Version");
                form.Version = result.Value!.Version;
                return View(new ProgrammeEditPage(code, current.Name, WithBlankArea(form), ProgrammeForm.From(result.Value)));
            default:
                return NotFound();
        }
    }

    private static ProgrammeForm WithBlankArea(ProgrammeForm form)
    {
        if (form.Areas.All(a => !a.IsBlank))
        {
            form.Areas.Add(new AreaForm { Country = "NL" });
        }

        return form;
    }
}

public sealed record ProgrammeEditPage(string Code, string Name, ProgrammeForm Form, ProgrammeForm? Saved);
