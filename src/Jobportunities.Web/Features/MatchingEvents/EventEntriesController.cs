using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Matching;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.MatchingEvents;

/// <summary>What is added to an event: invitations, who came, and the conversations that followed.</summary>
[Authorize(Policy = Policies.EmployerWork)]
[Route("matching-events/{id:int}")]
public sealed class EventEntriesController(MatchingEventService events, IValidator<ConversationForm> validator, IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpPost("candidates")]
    public async Task<IActionResult> InviteCandidate(int id, int participantId, CancellationToken ct) =>
        await DoneAsync(id, await events.InviteCandidateAsync(User.ToStaffUser(), id, participantId, ct), "Events.CandidateInvited", "candidates", ct);

    [HttpPost("employers")]
    [Authorize(Policy = Policies.EmployerManagement)]
    public async Task<IActionResult> InviteEmployer(int id, int employerId, CancellationToken ct) =>
        await DoneAsync(id, await events.InviteEmployerAsync(User.ToStaffUser(), id, employerId, ct), "Events.EmployerInvited", "employers", ct);

    [HttpPost("candidates/{participantId:int}/attendance")]
    public async Task<IActionResult> CandidateAttendance(int id, int participantId, Attendance attendance, CancellationToken ct) =>
        Enum.IsDefined(attendance)
            ? await DoneAsync(id, await events.RecordCandidateAttendanceAsync(User.ToStaffUser(), id, participantId, attendance, ct), "Events.AttendanceSaved", "candidates", ct)
            : BadRequest();

    [HttpPost("employers/{employerId:int}/attendance")]
    public async Task<IActionResult> EmployerAttendance(int id, int employerId, Attendance attendance, CancellationToken ct) =>
        Enum.IsDefined(attendance)
            ? await DoneAsync(id, await events.RecordEmployerAttendanceAsync(User.ToStaffUser(), id, employerId, attendance, ct), "Events.AttendanceSaved", "employers", ct)
            : BadRequest();

    [HttpPost("conversations")]
    public async Task<IActionResult> Conversation(int id, [Bind(Prefix = "Conversation")] ConversationForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Conversation");
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, form, ct);
        }

        var result = await events.RecordConversationAsync(User.ToStaffUser(), id, form.ParticipantId!.Value, form.EmployerId!.Value, form.Outcome!, ct);
        return await DoneAsync(id, result, "Events.ConversationSaved", "conversations", ct, form);
    }

    private async Task<IActionResult> DoneAsync(int id, Result<int> result, string noticeKey, string section, CancellationToken ct, ConversationForm? form = null)
    {
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData["Notice"] = texts[noticeKey].Value;
                return Redirect($"/matching-events/{id}#{section}");
            case Outcome.Invalid:
                ModelState.AddModelError(string.Empty, texts["Events.Error." + result.ErrorCode]);
                return await RedisplayAsync(id, form ?? new ConversationForm(), ct);
            case Outcome.Refused:
                return Forbid();
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> RedisplayAsync(int id, ConversationForm form, CancellationToken ct)
    {
        var details = await events.FindAsync(User.ToStaffUser(), id, ct);
        return details is null ? NotFound() : View("Details", new EventPage(details, form));
    }
}
