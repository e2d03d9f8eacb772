using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Matching;
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
    TimeProvider clock,
    IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new EventListPage(await events.ListAsync(User.ToStaffUser(), ct), clock.Today(), EmployerService.MayManage(User.ToStaffUser())));

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
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var details = await events.FindAsync(User.ToStaffUser(), id, ct);
        return details is null ? NotFound() : View(new EventPage(details, new ConversationForm()));
    }
}

public sealed record EventListPage(IReadOnlyList<EventRow> Rows, DateOnly Today, bool CanCreate);
