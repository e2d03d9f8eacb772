using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Shared;

/// <summary>
/// The archive and restore actions of every register (ADR 0025) in one place: check the confirmation
/// tick (without it the record's page again, with the message), call the service, then a notice and
/// back to the record's page; refused 403, out of reach 404, a concurrent change the page with the
/// conflict message.
/// </summary>
public static class ArchiveActions
{
    public const string Prefix = "Archive";

    public static async Task<IActionResult> ArchiveOrRestoreAsync<T>(
        this Controller controller,
        IValidator<ArchiveForm> validator,
        IStringLocalizer<SharedResource> texts,
        ArchiveForm form,
        bool archive,
        Func<Task<Result<T>>> change,
        Func<T, string> name,
        Func<Task<IActionResult>> page,
        Func<IActionResult> back,
        CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).AddTo(controller.ModelState, Prefix);
        if (!controller.ModelState.IsValid)
        {
            return await page();
        }

        var result = await change();
        switch (result.Outcome)
        {
            case Outcome.Ok:
                controller.TempData["Notice"] = texts[archive ? "Archive.Archived.Notice" : "Archive.Restored.Notice", name(result.Value!)].Value;
                return back();
            case Outcome.Conflict:
                controller.ModelState.AddModelError(string.Empty, texts["Concurrency.Conflict"]);
                return await page();
            case Outcome.Refused:
                return controller.Forbid();
            default:
                return controller.NotFound();
        }
    }
}
