using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Trajectories;
using Jobportunities.Web.Features.Shared;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.TrainingProviders;

/// <summary>A provider's courses and their runs (start dates with seats): programme leads and administrators.</summary>
[Authorize(Policy = Policies.ProgrammeManagement)]
[Route("training-providers/{id:int}/courses")]
public sealed class CoursesController(
    TrainingProviderService providers,
    IValidator<CourseForm> courseValidator,
    IValidator<RunForm> runValidator,
    IValidator<SeatsForm> seatsValidator,
    IValidator<ArchiveForm> archiveValidator,
    IStringLocalizer<SharedResource> texts) : Controller
{
    private const string CourseView = "~/Features/TrainingProviders/Course.cshtml";

    [HttpGet("new")]
    public async Task<IActionResult> Create(int id, CancellationToken ct) =>
        await PageAsync(id, null, p => p.Form.LocationPostcode = p.Provider.Postcode, ct);

    [HttpPost("new")]
    public async Task<IActionResult> Create(int id, [Bind(Prefix = "Form")] CourseForm form, CancellationToken ct)
    {
        var provider = await providers.FindAsync(id, ct);
        if (provider is null)
        {
            return NotFound();
        }

        (await courseValidator.ValidateAsync(CourseFormValidator.For(form, provider.Country), ct)).AddTo(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View(CourseView, new CoursePage { Provider = provider, Form = form });
        }

        var result = await providers.AddCourseAsync(id, form.ToDetails(), ct);
        if (!result.IsOk)
        {
            ModelState.AddModelError("Form.Title", texts["Courses.Error." + result.ErrorCode]);
            return View(CourseView, new CoursePage { Provider = provider, Form = form });
        }

        TempData["Notice"] = texts["Courses.Saved", form.Title!.Trim()].Value;
        return RedirectToAction(nameof(Edit), new { id, courseId = result.Value });
    }

    [HttpGet("{courseId:int}")]
    public Task<IActionResult> Edit(int id, int courseId, CancellationToken ct) => PageAsync(id, courseId, null, ct);

    [HttpPost("{courseId:int}")]
    public async Task<IActionResult> Edit(int id, int courseId, [Bind(Prefix = "Form")] CourseForm form, CancellationToken ct)
    {
        var provider = await providers.FindAsync(id, ct);
        if (provider is null)
        {
            return NotFound();
        }

        (await courseValidator.ValidateAsync(CourseFormValidator.For(form, provider.Country), ct)).AddTo(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return await PageAsync(id, courseId, p => p.Form = form, ct);
        }

        var result = await providers.UpdateCourseAsync(id, courseId, form.Version, form.ToDetails(), form.IsActive, ct);
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData["Notice"] = texts["Courses.Saved", result.Value!.Title].Value;
                return RedirectToAction(nameof(Edit), new { id, courseId });
            case Outcome.Conflict:
                ModelState.AddModelError(string.Empty, texts["Concurrency.Conflict"]);
                var saved = CourseForm.From(result.Value!);
                form.Version = saved.Version;
                return await PageAsync(id, courseId, p => (p.Form, p.Saved) = (form, saved), ct);
            default:
                return NotFound();
        }
    }

    [HttpPost("{courseId:int}/runs")]
    public async Task<IActionResult> AddRun(int id, int courseId, [Bind(Prefix = "Run")] RunForm form, CancellationToken ct)
    {
        (await runValidator.ValidateAsync(form, ct)).AddTo(ModelState, "Run");
        if (!ModelState.IsValid)
        {
            return await PageAsync(id, courseId, p => p.Run = form, ct);
        }

        var result = await providers.AddRunAsync(id, courseId, form.StartDate!.Value, form.Seats!.Value, ct);
        if (result.Outcome == Outcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == Outcome.Invalid)
        {
            ModelState.AddModelError("Run.StartDate", texts["Courses.Error." + result.ErrorCode]);
            return await PageAsync(id, courseId, p => p.Run = form, ct);
        }

        TempData["Notice"] = texts["Courses.RunSaved"].Value;
        return Redirect($"/training-providers/{id}/courses/{courseId}#runs");
    }

    [HttpPost("{courseId:int}/runs/{runId:int}/seats")]
    public async Task<IActionResult> Seats(int id, int courseId, int runId, [Bind(Prefix = "Seats")] Dictionary<int, SeatsForm> forms, CancellationToken ct)
    {
        var form = forms.GetValueOrDefault(runId) ?? new SeatsForm();
        var key = $"Seats[{runId}].Seats";
        (await seatsValidator.ValidateAsync(form, ct)).AddTo(ModelState, $"Seats[{runId}]");
        if (!ModelState.IsValid)
        {
            return await PageAsync(id, courseId, p => p.Seats[runId] = form, ct);
        }

        var result = await providers.ChangeSeatsAsync(id, courseId, runId, form.Seats!.Value, ct);
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData["Notice"] = texts["Courses.RunSaved"].Value;
                return Redirect($"/training-providers/{id}/courses/{courseId}#runs");
            case Outcome.Invalid:
                ModelState.AddModelError(key, texts["Courses.Error." + result.ErrorCode]);
                return await PageAsync(id, courseId, p => p.Seats[runId] = form, ct);
            default:
                return NotFound();
        }
    }

    [HttpPost("{courseId:int}/archive")]
    public Task<IActionResult> Archive(int id, int courseId, [Bind(Prefix = ArchiveActions.Prefix)] ArchiveForm form, CancellationToken ct) => SetArchivedAsync(id, courseId, form, true, ct);

    [HttpPost("{courseId:int}/restore")]
    public Task<IActionResult> Restore(int id, int courseId, [Bind(Prefix = ArchiveActions.Prefix)] ArchiveForm form, CancellationToken ct) => SetArchivedAsync(id, courseId, form, false, ct);

    private Task<IActionResult> SetArchivedAsync(int id, int courseId, ArchiveForm form, bool archive, CancellationToken ct) =>
        this.ArchiveOrRestoreAsync(archiveValidator, texts, form, archive, () => providers.SetCourseArchivedAsync(User.ToStaffUser(), id, courseId, archive, ct), c => c.Title,
            () => PageAsync(id, courseId, null, ct), () => RedirectToAction(nameof(Edit), new { id, courseId }), ct);

    private async Task<IActionResult> PageAsync(int id, int? courseId, Action<CoursePage>? keep, CancellationToken ct)
    {
        var provider = await providers.FindAsync(id, ct);
        var course = courseId is { } cid ? await providers.FindCourseAsync(id, cid, ct) : null;
        if (provider is null || (courseId is not null && course is null))
        {
            return NotFound();
        }

        var page = new CoursePage
        {
            Provider = provider,
            Course = course,
            Form = course is null ? new CourseForm { Language = provider.Country == "DE" ? "de" : "nl", LocationCity = provider.City } : CourseForm.From(course),
            Seats = course?.Runs.ToDictionary(r => r.Id, r => new SeatsForm { Seats = r.Seats }) ?? [],
        };
        keep?.Invoke(page);
        return View(CourseView, page);
    }
}
