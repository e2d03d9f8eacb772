using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Matching;
using Jobportunities.Web.Features.Shared;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Vacancies;

/// <summary>Vacancies and workplaces of the user's programmes; advisers and leads keep them.</summary>
[Authorize(Policy = Policies.EmployerWork)]
public sealed class VacanciesController(
    VacancyService vacancies,
    EmployerService employers,
    ProposalService proposals,
    IValidator<VacancyForm> validator,
    IValidator<ArchiveForm> archiveValidator,
    IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("vacancies")]
    public async Task<IActionResult> Index([FromQuery] VacancyFilter filter, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        var rows = await vacancies.ListAsync(user, new VacancyQuery(filter.Sector, filter.StatusValue, filter.Programme, Archived: filter.Archived), ct);
        return View(new VacancyListPage(rows, filter, await vacancies.ProgrammesAsync(user, ct)));
    }

    [HttpGet("employers/{employerId:int}/vacancies/new")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public async Task<IActionResult> Create(int employerId, CancellationToken ct)
    {
        var employer = await employers.FindAsync(employerId, ct);
        if (employer is null)
        {
            return NotFound();
        }

        var programmes = await vacancies.ProgrammesAsync(User.ToStaffUser(), ct);
        return View("Form", new VacancyFormPage(employerId, employer.Name, null, VacancyForm.For(employer, programmes.Count == 1 ? programmes[0].Id : null), programmes));
    }

    [HttpPost("employers/{employerId:int}/vacancies/new")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public async Task<IActionResult> Create(int employerId, [Bind(Prefix = "Form")] VacancyForm form, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        var employer = await employers.FindAsync(employerId, ct);
        if (employer is null)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        var result = ModelState.IsValid ? await vacancies.CreateAsync(user, employerId, form.ProgrammeId!.Value, form.ToInput(), ct) : null;
        if (result?.Outcome == Outcome.Invalid)
        {
            ModelState.AddModelError("Form.ProgrammeId", texts["Vacancies.NotYourProgramme"]);
        }

        if (result is null || result.Outcome == Outcome.Invalid)
        {
            return View("Form", new VacancyFormPage(employerId, employer.Name, null, form, await vacancies.ProgrammesAsync(user, ct)));
        }

        if (!result.IsOk)
        {
            return result.Outcome == Outcome.Refused ? Forbid() : NotFound();
        }

        TempData["Notice"] = texts["Vacancies.Created", form.Title!.Trim()].Value;
        return RedirectToAction(nameof(Details), new { id = result.Value });
    }

    [HttpGet("vacancies/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        var details = await vacancies.FindAsync(user, id, ct);
        return details is null ? NotFound() : View(new VacancyPage(details, await proposals.ListAsync(user, details.Vacancy, ct), EmployerService.MayManage(user)));
    }

    [HttpGet("vacancies/{id:int}/edit")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        var details = await vacancies.FindAsync(user, id, ct);
        return details is null ? NotFound()
            : View("Form", new VacancyFormPage(details.Employer.Id, details.Employer.Name, id, VacancyForm.From(details.Vacancy), await vacancies.ProgrammesAsync(user, ct)));
    }

    [HttpPost("vacancies/{id:int}/edit")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] VacancyForm form, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        var details = await vacancies.FindAsync(user, id, ct);
        if (details is null)
        {
            return NotFound();
        }

        // The programme is fixed at creation: proposals and events of the programme hang on it.
        form.ProgrammeId = details.Vacancy.ProgrammeId;
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        var page = new VacancyFormPage(details.Employer.Id, details.Employer.Name, id, form, await vacancies.ProgrammesAsync(user, ct));
        if (!ModelState.IsValid)
        {
            return View("Form", page);
        }

        var result = await vacancies.UpdateAsync(user, id, form.Version, form.ToInput(), ct);
        if (result.Outcome == Outcome.Conflict)
        {
            ModelState.AddModelError(string.Empty, texts["Concurrency.Conflict"]);
            ModelState.Remove("Form.Version");
            form.Version = result.Value!.Version;
            return View("Form", page);
        }

        return Done(result, id, "Vacancies.Saved");
    }

    [HttpPost("vacancies/{id:int}/status")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public async Task<IActionResult> Status(int id, VacancyStatus status, CancellationToken ct) =>
        Enum.IsDefined(status) ? Done(await vacancies.SetStatusAsync(User.ToStaffUser(), id, status, ct), id, "Vacancies.StatusSaved") : BadRequest();

    [HttpPost("vacancies/{id:int}/archive")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public Task<IActionResult> Archive(int id, [Bind(Prefix = "Archive")] ArchiveForm form, CancellationToken ct) => SetArchivedAsync(id, form, true, ct);

    [HttpPost("vacancies/{id:int}/restore")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public Task<IActionResult> Restore(int id, [Bind(Prefix = "Archive")] ArchiveForm form, CancellationToken ct) => SetArchivedAsync(id, form, false, ct);

    private Task<IActionResult> SetArchivedAsync(int id, ArchiveForm form, bool archive, CancellationToken ct) =>
        this.ArchiveOrRestoreAsync(archiveValidator, texts, form, archive, () => vacancies.SetArchivedAsync(User.ToStaffUser(), id, archive, ct), v => v.Title,
            async () =>
            {
                var user = User.ToStaffUser();
                var details = await vacancies.FindAsync(user, id, ct);
                return details is null ? NotFound() : View(nameof(Details), new VacancyPage(details, await proposals.ListAsync(user, details.Vacancy, ct), EmployerService.MayManage(user)));
            },
            () => RedirectToAction(nameof(Details), new { id }), ct);

    private IActionResult Done(Result<Vacancy> result, int id, string noticeKey)
    {
        if (!result.IsOk)
        {
            return result.Outcome == Outcome.Refused ? Forbid() : NotFound();
        }

        TempData["Notice"] = texts[noticeKey, result.Value!.Title].Value;
        return RedirectToAction(nameof(Details), new { id });
    }
}
