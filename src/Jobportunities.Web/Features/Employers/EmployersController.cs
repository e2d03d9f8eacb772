using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;
using Jobportunities.Web.Features.Shared;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Employers;

/// <summary>The employers register: advisers, coaches and leads read it; advisers and leads keep it.</summary>
[Authorize(Policy = Policies.EmployerWork)]
[Route("employers")]
public sealed class EmployersController(
    EmployerService employers,
    VacancyService vacancies,
    IValidator<EmployerForm> validator,
    IValidator<EmployerContactForm> contactValidator,
    IValidator<ArchiveForm> archiveValidator,
    IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, Sector? sector, bool archived, CancellationToken ct) =>
        View(new EmployerListPage(await employers.SearchAsync(User.ToStaffUser(), q, sector, ct, archived), q, sector, EmployerService.MayManage(User.ToStaffUser())) { Archived = archived });

    [HttpGet("new")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public IActionResult Create() => View("Form", new EmployerFormPage(null, new EmployerForm()));

    [HttpPost("new")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] EmployerForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View("Form", new EmployerFormPage(null, form));
        }

        return Saved(await employers.CreateAsync(User.ToStaffUser(), form.ToInput(), ct), null, form, "Employers.Created");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => await DetailsPageAsync(id, new EmployerContactForm(), ct);

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var employer = await employers.FindAsync(id, ct);
        return employer is null ? NotFound() : View("Form", new EmployerFormPage(id, EmployerForm.From(employer)));
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] EmployerForm form, CancellationToken ct)
    {
        if (await employers.FindAsync(id, ct) is null)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View("Form", new EmployerFormPage(id, form));
        }

        return Saved(await employers.UpdateAsync(User.ToStaffUser(), id, form.Version, form.ToInput(), ct), id, form, "Employers.Saved");
    }

    [HttpPost("{id:int}/contacts")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public async Task<IActionResult> AddContact(int id, [Bind(Prefix = "Contact")] EmployerContactForm form, CancellationToken ct)
    {
        (await contactValidator.ValidateAsync(form, ct)).AddTo(ModelState, "Contact");
        if (!ModelState.IsValid)
        {
            return await DetailsPageAsync(id, form, ct);
        }

        var result = await employers.AddContactAsync(User.ToStaffUser(), id, form.ToInput(), ct);
        if (result.Outcome != Outcome.Ok)
        {
            return result.Outcome == Outcome.Refused ? Forbid() : NotFound();
        }

        TempData["Notice"] = texts["Employers.ContactAdded", form.ContactName!.Trim()].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/archive")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public Task<IActionResult> Archive(int id, [Bind(Prefix = "Archive")] ArchiveForm form, CancellationToken ct) => SetArchivedAsync(id, form, true, ct);

    [HttpPost("{id:int}/restore")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public Task<IActionResult> Restore(int id, [Bind(Prefix = "Archive")] ArchiveForm form, CancellationToken ct) => SetArchivedAsync(id, form, false, ct);

    private Task<IActionResult> SetArchivedAsync(int id, ArchiveForm form, bool archive, CancellationToken ct) =>
        this.ArchiveOrRestoreAsync(archiveValidator, texts, form, archive, () => employers.SetArchivedAsync(User.ToStaffUser(), id, archive, ct), e => e.Name,
            () => DetailsPageAsync(id, new EmployerContactForm(), ct), () => RedirectToAction(nameof(Details), new { id }), ct);

    private IActionResult Saved(Result<EmployerRef> result, int? id, EmployerForm form, string noticeKey)
    {
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData["Notice"] = texts[noticeKey, result.Value!.Name].Value;
                return RedirectToAction(nameof(Details), new { id = result.Value.Id });
            case Outcome.Refused when result.ErrorCode == EmployerService.Duplicate:
                ModelState.AddModelError("Form.RegistrationNumber", texts["Employers.Duplicate", result.Value!.Name]);
                return View("Form", new EmployerFormPage(id, form, result.Value));
            case Outcome.Conflict:
                // Keep what this user typed; the next save overwrites what was saved meanwhile.
                ModelState.AddModelError(string.Empty, texts["Concurrency.Conflict"]);
                ModelState.Remove("Form.Version");
                form.Version = result.Value!.Version;
                return View("Form", new EmployerFormPage(id, form));
            case Outcome.Invalid:
                ModelState.AddModelError("Form.RegistrationNumber", texts["Employers.HandelsregisterInvalid"]);
                return View("Form", new EmployerFormPage(id, form));
            case Outcome.Refused:
                return Forbid();
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> DetailsPageAsync(int id, EmployerContactForm contact, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        var employer = await employers.FindAsync(id, ct);
        if (employer is null)
        {
            return NotFound();
        }

        var list = await vacancies.ListAsync(user, new VacancyQuery(Status: null, EmployerId: id), ct);
        return View(nameof(Details), new EmployerPage(employer, list, contact, EmployerService.MayManage(user)));
    }
}

public sealed record EmployerListPage(IReadOnlyList<EmployerRow> Rows, string? Search, Sector? Sector, bool CanManage)
{
    /// <summary>The list shows the archived employers instead of the others.</summary>
    public bool Archived { get; init; }
}
