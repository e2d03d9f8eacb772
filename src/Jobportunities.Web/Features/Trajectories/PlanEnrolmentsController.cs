using FluentValidation;
using Jobportunities.Core.Trajectories;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Trajectories;

/// <summary>Enrolling a participant in a course run from the plan, and the enrolment's status.</summary>
[Authorize(Policy = Policies.Coaching)]
[Route("participants/{id:int}/plan/enrolments")]
public sealed class PlanEnrolmentsController(
    EnrolmentService enrolments,
    PlanPageBuilder pages,
    IValidator<EnrolForm> enrolValidator,
    IValidator<EnrolmentStatusForm> statusValidator,
    IStringLocalizer<SharedResource> texts) : PlanControllerBase(pages, texts)
{
    [HttpPost("")]
    public async Task<IActionResult> Enrol(int id, [Bind(Prefix = "Enrol")] EnrolForm form, CancellationToken ct)
    {
        (await enrolValidator.ValidateAsync(form, ct)).AddTo(ModelState, "Enrol");
        void Keep(PlanViewModel m) => (m.Enrol, m.Open) = (form, "enrol");
        return ModelState.IsValid
            ? await AnswerAsync(await enrolments.EnrolAsync(User.ToStaffUser(), id, form.RunId!.Value, ct), id, "Plan.Enrolled", "train", "Enrol.RunId", Keep, ct)
            : await RedisplayAsync(id, Keep, ct);
    }

    [HttpPost("{enrolmentId:int}/status")]
    public async Task<IActionResult> Status(int id, int enrolmentId, [Bind(Prefix = "EnrolmentStatuses")] Dictionary<int, EnrolmentStatusForm> forms, CancellationToken ct)
    {
        var form = forms.GetValueOrDefault(enrolmentId) ?? new EnrolmentStatusForm();
        var prefix = $"EnrolmentStatuses[{enrolmentId}]";
        (await statusValidator.ValidateAsync(form, ct)).AddTo(ModelState, prefix);
        void Keep(PlanViewModel m) => (m.EnrolmentStatuses[enrolmentId], m.Open) = (form, $"enrolment-{enrolmentId}");
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, Keep, ct);
        }

        var result = await enrolments.ChangeStatusAsync(User.ToStaffUser(), id, enrolmentId, form.To!.Value, form.Date!.Value, form.WithDiploma, form.Reason, ct);
        return await AnswerAsync(result, id, "Plan.EnrolmentSaved", "train", prefix + ".To", Keep, ct);
    }
}
