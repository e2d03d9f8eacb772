using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Matching;
using Jobportunities.Web.Features.Shared;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.MatchingEvents;

/// <summary>Matching events ("Meedoenplein") of the user's programmes: the list, a new event and one event's page.</summary>
[Authorize(Policy = Policies.EmployerWork)]
[Route("matching-events")]
public sealed class MatchingEventsController(
    MatchingEventService events,
    VacancyService vacancies,
    IValidator<EventForm> validator,
    IValidator<ArchiveForm> archiveValidator,
    TimeProvider clock,
    IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool archived, CancellationToken ct) =>
        View(new EventListPage(await events.ListAsync(User.ToStaffUser(), ct, archived), clock.Today(), EmployerService.MayManage(User.ToStaffUser())) { Archived = archived });

    [HttpGet("new")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var programmes = await vacancies.ProgrammesAsync(User.ToStaffUser(), ct);
        return View("Form", new EventFormPage(new EventForm { ProgrammeId = programmes.Count == 1 ? programmes[0].Id : null, Date = clock.Today().AddDays(14) }, programmes));
    }

    [HttpPost("new")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] EventForm form, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        var result = ModelState.IsValid ? await events.CreateAsync(user, form.ToInput(), ct) : null;
        if (result?.Outcome == Outcome.Refused)
        {
            return Forbid();
        }

        if (result is not { IsOk: true })
        {
            if (result is not null)
            {
                ModelState.AddModelError("Form.ProgrammeId", texts["Vacancies.NotYourProgramme"]);
            }

            return View("Form", new EventFormPage(form, await vacancies.ProgrammesAsync(user, ct)));
        }

        TempData["Notice"] = texts["Events.Created", form.Title!.Trim()].Value;
        return RedirectToAction(nameof(Details), new { id = result.Value });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => await DetailsPageAsync(id, ct);

    [HttpPost("{id:int}/archive")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public Task<IActionResult> Archive(int id, [Bind(Prefix = ArchiveActions.Prefix)] ArchiveForm form, CancellationToken ct) => SetArchivedAsync(id, form, true, ct);

    [HttpPost("{id:int}/restore")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public Task<IActionResult> Restore(int id, [Bind(Prefix = ArchiveActions.Prefix)] ArchiveForm form, CancellationToken ct) => SetArchivedAsync(id, form, false, ct);

    private Task<IActionResult> SetArchivedAsync(int id, ArchiveForm form, bool archive, CancellationToken ct) =>
        this.ArchiveOrRestoreAsync(archiveValidator, texts, form, archive, () => events.SetArchivedAsync(User.ToStaffUser(), id, archive, ct), e => e.Title,
            () => DetailsPageAsync(id, ct), () => RedirectToAction(nameof(Details), new { id }), ct);

    private async Task<IActionResult> DetailsPageAsync(int id, CancellationToken ct)
    {
        var details = await events.FindAsync(User.ToStaffUser(), id, ct);
        return details is null ? NotFound() : View(nameof(Details), new EventPage(details, new ConversationForm()));
    }
}

public sealed record EventListPage(IReadOnlyList<EventRow> Rows, DateOnly Today, bool CanCreate)
{
    /// <summary>The list shows the archived events instead of the others.</summary>
    public bool Archived { get; init; }
}
