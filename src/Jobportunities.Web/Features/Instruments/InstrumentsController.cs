using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Trajectories;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Instruments;

/// <summary>The instrument catalogue ("wagons"): programme leads and administrators keep it.</summary>
[Authorize(Policy = Policies.ProgrammeManagement)]
[Route("instruments")]
public sealed class InstrumentsController(
    InstrumentService catalogue,
    IValidator<InstrumentForm> validator,
    IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await catalogue.ListAsync(ct: ct));

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", new InstrumentEditPage(null, true, new InstrumentForm(), null));

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] InstrumentForm form, CancellationToken ct)
    {
        form.Version = Guid.Empty;
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View("Edit", new InstrumentEditPage(null, true, form, null));
        }

        var result = await catalogue.CreateAsync(form.Code!, form.Kind, form.ToSettings(), ct);
        if (!result.IsOk)
        {
            ModelState.AddModelError("Form.Code", texts["Instruments.Error." + result.ErrorCode]);
            return View("Edit", new InstrumentEditPage(null, true, form, null));
        }

        TempData["Notice"] = texts["Instruments.Saved", form.NameNl!.Trim()].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var instrument = await catalogue.FindAsync(id, ct);
        return instrument is null ? NotFound() : View(new InstrumentEditPage(id, instrument.IsActive, InstrumentForm.From(instrument), null));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] InstrumentForm form, CancellationToken ct)
    {
        var current = await catalogue.FindAsync(id, ct);
        if (current is null)
        {
            return NotFound();
        }

        // Code and kind are fixed after creation.
        (form.Code, form.Kind) = (current.Code, current.Kind);
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View(new InstrumentEditPage(id, current.IsActive, form, null));
        }

        var result = await catalogue.UpdateAsync(id, form.Version, form.ToSettings(), ct);
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData["Notice"] = texts["Instruments.Saved", result.Value!.NameNl].Value;
                return RedirectToAction(nameof(Index));
            case Outcome.Conflict:
                ModelState.AddModelError(string.Empty, texts["Concurrency.Conflict"]);
                var saved = InstrumentForm.From(result.Value!);
                form.Version = saved.Version;
                return View(new InstrumentEditPage(id, result.Value!.IsActive, form, saved));
            default:
                return NotFound();
        }
    }

    [HttpPost("{id:int}/deactivate")]
    public Task<IActionResult> Deactivate(int id, CancellationToken ct) => SetActiveAsync(id, false, ct);

    [HttpPost("{id:int}/activate")]
    public Task<IActionResult> Activate(int id, CancellationToken ct) => SetActiveAsync(id, true, ct);

    private async Task<IActionResult> SetActiveAsync(int id, bool active, CancellationToken ct)
    {
        var result = await catalogue.SetActiveAsync(id, active, ct);
        if (result.Outcome == Outcome.NotFound)
        {
            return NotFound();
        }

        TempData["Notice"] = texts[active ? "Instruments.Activated" : "Instruments.Deactivated", result.Value!.NameNl].Value;
        return RedirectToAction(nameof(Index));
    }
}
