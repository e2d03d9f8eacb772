using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Participants;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Participants;

/// <summary>Entries a coach adds to a file: contact moments, ladder steps, barrier ratings, scan items.</summary>
[Authorize(Policy = Policies.FileAccess)]
[Route("participants/{id:int}")]
public sealed class FileEntriesController(
    ParticipantFileService files,
    FilePageBuilder pages,
    IValidator<ContactForm> contactValidator,
    IValidator<LadderForm> ladderValidator,
    IValidator<BarrierForm> barrierValidator,
    IValidator<ScanItemForm> scanValidator,
    IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpPost("contacts")]
    public async Task<IActionResult> Contact(int id, [Bind(Prefix = "Contact")] ContactForm form, CancellationToken ct)
    {
        (await contactValidator.ValidateAsync(form, ct)).AddTo(ModelState, "Contact");
        return ModelState.IsValid
            ? Done(await files.AddContactAsync(User.ToStaffUser(), id, form.Date!.Value, form.Kind, form.Summary!, form.NextAction, form.NextActionDate, ct), id, "File.ContactSaved", "journal")
            : await Redisplay(id, null, m => m.Contact = form, ct);
    }

    [HttpPost("ladder")]
    public async Task<IActionResult> Ladder(int id, [Bind(Prefix = "Ladder")] LadderForm form, CancellationToken ct)
    {
        (await ladderValidator.ValidateAsync(form, ct)).AddTo(ModelState, "Ladder");
        return ModelState.IsValid
            ? Done(await files.AddLadderStepAsync(User.ToStaffUser(), id, form.Step!.Value, form.Date!.Value, form.Note, ct), id, "File.LadderSaved", FileSections.Ladder)
            : await Redisplay(id, FileSections.Ladder, m => m.Ladder = form, ct);
    }

    [HttpPost("barriers")]
    public async Task<IActionResult> Barriers(int id, [Bind(Prefix = "Barrier")] BarrierForm form, CancellationToken ct)
    {
        (await barrierValidator.ValidateAsync(form, ct)).AddTo(ModelState, "Barrier");
        return ModelState.IsValid
            ? Done(await files.AddBarrierAssessmentAsync(User.ToStaffUser(), id, form.Moment, form.Date!.Value, form.ToRatings(), form.FunctionalLimitations, ct), id, "File.BarriersSaved", FileSections.Barriers)
            : await Redisplay(id, FileSections.Barriers, m => m.Barrier = form, ct);
    }

    [HttpPost("scan/{item}")]
    public async Task<IActionResult> Scan(int id, string item, [Bind(Prefix = "Scan")] ScanItemForm form, CancellationToken ct)
    {
        if (item is not ("experience" or "skill" or "language"))
        {
            return NotFound();
        }

        (await scanValidator.ValidateAsync(form, o => o.IncludeRuleSets(item), ct)).AddTo(ModelState, "Scan");
        if (!ModelState.IsValid)
        {
            return await Redisplay(id, FileSections.Scan, m => m.Scan = form, ct);
        }

        var user = User.ToStaffUser();
        var result = item switch
        {
            "experience" => await files.AddExperienceAsync(user, id, form.Sector, form.Years!.Value, form.Description, ct),
            "skill" => await files.AddSkillAsync(user, id, form.SkillName!, form.SkillLevel, ct),
            _ => await files.AddLanguageAsync(user, id, form.Language!, form.Level, ct),
        };

        return Done(result, id, "File.ScanSaved", FileSections.Scan);
    }

    private IActionResult Done(Result<Participant> result, int id, string noticeKey, string section) => result.Outcome switch
    {
        Outcome.Ok => Saved(id, noticeKey, section),
        Outcome.Refused => Forbid(),
        _ => NotFound(),
    };

    private RedirectResult Saved(int id, string noticeKey, string section)
    {
        TempData["Notice"] = texts[noticeKey].Value;
        return Redirect($"/participants/{id}#{section}");
    }

    /// <summary>Bad input: the section's edit page again with everything typed (a journal entry: the file, where its form lives).</summary>
    private async Task<IActionResult> Redisplay(int id, string? section, Action<FileViewModel> keepInput, CancellationToken ct)
    {
        var model = section is null ? await pages.BuildAsync(this, id, keepInput, ct) : await pages.BuildEditAsync(this, id, section, keepInput, ct);
        if (model is null)
        {
            return NotFound();
        }

        return model.File.Rights.CanEdit ? View(section is null ? FilePageBuilder.View : FilePageBuilder.EditView, model) : Forbid();
    }
}
