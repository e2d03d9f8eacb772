using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Trajectories;
using Jobportunities.Web.Features.Shared;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.TrainingProviders;

/// <summary>Training providers (NL and DE): coaches read them; programme leads and administrators keep them.</summary>
[Authorize(Policy = Policies.TrainingCatalogue)]
[Route("training-providers")]
public sealed class TrainingProvidersController(
    TrainingProviderService providers,
    IValidator<ProviderForm> validator,
    IValidator<ArchiveForm> archiveValidator,
    IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool archived, CancellationToken ct) => View(new ProviderListPage(await providers.ListAsync(ct, archived), archived));

    [HttpGet("{id:int}")]
    public Task<IActionResult> Details(int id, CancellationToken ct) => DetailsPageAsync(id, ct);

    [Authorize(Policy = Policies.ProgrammeManagement)]
    [HttpPost("{id:int}/archive")]
    public Task<IActionResult> Archive(int id, [Bind(Prefix = ArchiveActions.Prefix)] ArchiveForm form, CancellationToken ct) => SetArchivedAsync(id, form, true, ct);

    [Authorize(Policy = Policies.ProgrammeManagement)]
    [HttpPost("{id:int}/restore")]
    public Task<IActionResult> Restore(int id, [Bind(Prefix = ArchiveActions.Prefix)] ArchiveForm form, CancellationToken ct) => SetArchivedAsync(id, form, false, ct);

    private Task<IActionResult> SetArchivedAsync(int id, ArchiveForm form, bool archive, CancellationToken ct) =>
        this.ArchiveOrRestoreAsync(archiveValidator, texts, form, archive, () => providers.SetArchivedAsync(User.ToStaffUser(), id, archive, ct), p => p.Name,
            () => DetailsPageAsync(id, ct), () => RedirectToAction(nameof(Details), new { id }), ct);

    private async Task<IActionResult> DetailsPageAsync(int id, CancellationToken ct)
    {
        var provider = await providers.FindAsync(id, ct);
        return provider is null ? NotFound() : View(nameof(Details), provider);
    }

    [Authorize(Policy = Policies.ProgrammeManagement)]
    [HttpGet("new")]
    public IActionResult Create() => View("Edit", new ProviderEditPage(null, new ProviderForm { Country = "NL" }, null));

    [Authorize(Policy = Policies.ProgrammeManagement)]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] ProviderForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View("Edit", new ProviderEditPage(null, form, null));
        }

        var result = await providers.CreateAsync(form.ToSettings(), ct);
        if (!result.IsOk)
        {
            ModelState.AddModelError("Form.Name", texts["Providers.Error." + result.ErrorCode]);
            return View("Edit", new ProviderEditPage(null, form, null));
        }

        TempData["Notice"] = texts["Providers.Saved", form.Name!.Trim()].Value;
        return RedirectToAction(nameof(Details), new { id = result.Value });
    }

    [Authorize(Policy = Policies.ProgrammeManagement)]
    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var provider = await providers.FindAsync(id, ct);
        return provider is null ? NotFound() : View(new ProviderEditPage(id, ProviderForm.From(provider), null));
    }

    [Authorize(Policy = Policies.ProgrammeManagement)]
    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] ProviderForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return await providers.FindAsync(id, ct) is null ? NotFound() : View(new ProviderEditPage(id, form, null));
        }

        var result = await providers.UpdateAsync(id, form.Version, form.ToSettings(), ct);
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData["Notice"] = texts["Providers.Saved", result.Value!.Name].Value;
                return RedirectToAction(nameof(Details), new { id });
            case Outcome.Invalid:
                ModelState.AddModelError("Form.Name", texts["Providers.Error." + result.ErrorCode]);
                return View(new ProviderEditPage(id, form, null));
            case Outcome.Conflict:
                ModelState.AddModelError(string.Empty, texts["Concurrency.Conflict"]);
                var saved = ProviderForm.From(result.Value!);
                form.Version = saved.Version;
                return View(new ProviderEditPage(id, form, saved));
            default:
                return NotFound();
        }
    }
}

/// <summary>The providers' list: the active ones, or only the archived ones.</summary>
public sealed record ProviderListPage(IReadOnlyList<ProviderSummary> Rows, bool Archived);
