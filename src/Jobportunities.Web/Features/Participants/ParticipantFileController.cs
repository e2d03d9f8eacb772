using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Participants;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Participants;

/// <summary>The participant file: reading it, the profile, work preferences, phase and coach.</summary>
[Authorize(Policy = Policies.FileAccess)]
[Route("participants/{id:int}")]
public sealed class ParticipantFileController(
    ParticipantFileService files,
    FilePageBuilder pages,
    IValidator<ProfileForm> profileValidator,
    IValidator<WorkForm> workValidator,
    IValidator<PhaseForm> phaseValidator,
    IValidator<CoachForm> coachValidator,
    IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var model = await pages.BuildAsync(this, id, ct: ct);
        return model is null ? NotFound() : View(FilePageBuilder.View, model);
    }

    [HttpPost("profile")]
    public async Task<IActionResult> Profile(int id, [Bind(Prefix = "Profile")] ProfileForm form, CancellationToken ct)
    {
        (await profileValidator.ValidateAsync(form, ct)).AddTo(ModelState, "Profile");
        if (!ModelState.IsValid)
        {
            return await Redisplay(id, FileSections.Profile, m => m.Profile = form, ct);
        }

        var result = await files.UpdateProfileAsync(User.ToStaffUser(), id, form.Version, form.ToProfile(), ct);
        if (result.Outcome == Outcome.Conflict)
        {
            ModelState.AddModelError(string.Empty, texts["Concurrency.Conflict"]);
            ModelState.Remove("Profile.Version");
            var saved = ProfileForm.From(result.Value!);
            form.Version = saved.Version;
            return await Redisplay(id, FileSections.Profile, m => (m.Profile, m.SavedProfile) = (form, saved), ct);
        }

        return Done(result, id, "File.ProfileSaved", FileSections.Profile);
    }

    [HttpPost("work")]
    public async Task<IActionResult> Work(int id, [Bind(Prefix = "Work")] WorkForm form, CancellationToken ct)
    {
        (await workValidator.ValidateAsync(form, ct)).AddTo(ModelState, "Work");
        if (!ModelState.IsValid)
        {
            return await Redisplay(id, FileSections.Scan, m => m.Work = form, ct);
        }

        var result = await files.UpdateWorkPreferencesAsync(User.ToStaffUser(), id, form.Version, form.ToInput(), ct);
        if (result.Outcome == Outcome.Conflict)
        {
            ModelState.AddModelError(string.Empty, texts["Concurrency.Conflict"]);
            ModelState.Remove("Work.Version");
            form.Version = result.Value!.Version;
            return await Redisplay(id, FileSections.Scan, m => m.Work = form, ct);
        }

        return Done(result, id, "File.WorkSaved", FileSections.Scan);
    }

    [HttpPost("phase")]
    public async Task<IActionResult> Phase(int id, [Bind(Prefix = "Phase")] PhaseForm form, CancellationToken ct)
    {
        (await phaseValidator.ValidateAsync(form, ct)).AddTo(ModelState, "Phase");
        if (!ModelState.IsValid)
        {
            return await Redisplay(id, FileSections.Phase, m => m.Phase = form, ct);
        }

        var result = await files.MovePhaseAsync(User.ToStaffUser(), id, form.To!.Value, form.ExitReason, form.Note, ct);
        if (result.Outcome == Outcome.Invalid)
        {
            ModelState.AddModelError("Phase.To", texts["File.PhaseNotAllowed"]);
            return await Redisplay(id, FileSections.Phase, m => m.Phase = form, ct);
        }

        return Done(result, id, "File.PhaseSaved", FileSections.Phase);
    }

    [HttpPost("coach")]
    public async Task<IActionResult> Coach(int id, [Bind(Prefix = "Coach")] CoachForm form, CancellationToken ct)
    {
        (await coachValidator.ValidateAsync(form, ct)).AddTo(ModelState, "Coach");
        if (!ModelState.IsValid)
        {
            return await Redisplay(id, null, m => m.Coach = form, ct);
        }

        var result = await files.AssignCoachAsync(User.ToStaffUser(), id, form.CoachId!, ct);
        if (result.Outcome == Outcome.Invalid)
        {
            ModelState.AddModelError("Coach.CoachId", texts["Queue.Error.CoachNotInProgramme"]);
            return await Redisplay(id, null, m => m.Coach = form, ct);
        }

        return Done(result, id, "File.CoachSaved", "coach");
    }

    private IActionResult Done(Result<Participant> result, int id, string noticeKey, string section)
    {
        switch (result.Outcome)
        {
            case Outcome.Ok:
                // Back on the file at the section saved (post/redirect/get).
                TempData["Notice"] = texts[noticeKey].Value;
                return Redirect($"/participants/{id}#{section}");
            case Outcome.Refused:
                return Forbid();
            default:
                return NotFound();
        }
    }

    /// <summary>Bad input: the section's edit page again with everything typed (the coach form: the file, where it lives).</summary>
    private async Task<IActionResult> Redisplay(int id, string? section, Action<FileViewModel> keepInput, CancellationToken ct)
    {
        var model = section is null ? await pages.BuildAsync(this, id, keepInput, ct) : await pages.BuildEditAsync(this, id, section, keepInput, ct);
        if (model is null)
        {
            return NotFound();
        }

        return section is null
            ? model.File.Rights.CanAssignCoach ? View(FilePageBuilder.View, model) : Forbid()
            : model.File.Rights.CanEdit ? View(FilePageBuilder.EditView, model) : Forbid();
    }
}
