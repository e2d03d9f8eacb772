using FluentValidation;
using Jobportunities.Core.Trajectories;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Trajectories;

/// <summary>The plan instruments (the users' "wagons" of the train): add from the catalogue, edit, move their status, record a praktijkleren certificate.</summary>
[Authorize(Policy = Policies.Coaching)]
[Route("participants/{id:int}/plan/instruments")]
public sealed class PlanInstrumentsController(
    CoachingPlanService plans,
    PlanPageBuilder pages,
    IValidator<NewInstrumentForm> newValidator,
    IValidator<InstrumentForm> editValidator,
    IValidator<StatusForm> statusValidator,
    IValidator<CertificateForm> certificateValidator,
    IValidator<WithdrawForm> withdrawValidator,
    IStringLocalizer<SharedResource> texts) : PlanControllerBase(pages, texts)
{
    [HttpPost("")]
    public async Task<IActionResult> Add(int id, [Bind(Prefix = "NewInstrument")] NewInstrumentForm form, CancellationToken ct)
    {
        (await newValidator.ValidateAsync(form, ct)).AddTo(ModelState, "NewInstrument");
        void Keep(PlanViewModel m) => (m.NewInstrument, m.Open) = (form, "add-instrument");
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, Keep, ct);
        }

        var result = await plans.AddInstrumentAsync(User.ToStaffUser(), id, form.InstrumentId!.Value, form.Provider, form.PlannedStart, form.PlannedEnd, form.Cost, ct);
        return await AnswerAsync(result, id, "Plan.InstrumentSaved", "train", "NewInstrument.InstrumentId", Keep, ct);
    }

    [HttpPost("{itemId:int}")]
    public async Task<IActionResult> Edit(int id, int itemId, [Bind(Prefix = "Instruments")] Dictionary<int, InstrumentForm> forms, CancellationToken ct)
    {
        var form = forms.GetValueOrDefault(itemId) ?? new InstrumentForm();
        var prefix = $"Instruments[{itemId}]";
        (await editValidator.ValidateAsync(form, ct)).AddTo(ModelState, prefix);
        void Keep(PlanViewModel m) => (m.Instruments[itemId], m.Open) = (form, $"edit-{itemId}");
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, Keep, ct);
        }

        var result = await plans.UpdateInstrumentAsync(User.ToStaffUser(), id, itemId, form.Version, form.ToInput(), ct);
        return await AnswerAsync(result, id, "Plan.InstrumentSaved", $"wagon-{itemId}", prefix + ".Provider", Keep, ct,
            m => form.Version = m.Instruments.TryGetValue(itemId, out var saved) ? saved.Version : form.Version);
    }

    [HttpPost("{itemId:int}/status")]
    public async Task<IActionResult> Status(int id, int itemId, [Bind(Prefix = "Statuses")] Dictionary<int, StatusForm> forms, CancellationToken ct)
    {
        var form = forms.GetValueOrDefault(itemId) ?? new StatusForm();
        var prefix = $"Statuses[{itemId}]";
        (await statusValidator.ValidateAsync(form, ct)).AddTo(ModelState, prefix);
        void Keep(PlanViewModel m) => (m.Statuses[itemId], m.Open) = (form, $"status-{itemId}");
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, Keep, ct);
        }

        var result = await plans.ChangeInstrumentStatusAsync(User.ToStaffUser(), id, itemId, form.To!.Value, form.Date!.Value, form.Reason, ct);
        return await AnswerAsync(result, id, "Plan.StatusSaved", $"wagon-{itemId}", prefix + ".To", Keep, ct);
    }

    /// <summary>Withdraws a plan item added by mistake, with a reason (whoever may edit the plan).</summary>
    [HttpPost("{itemId:int}/withdraw")]
    public async Task<IActionResult> Withdraw(int id, int itemId, [Bind(Prefix = "Withdrawals")] Dictionary<int, WithdrawForm> forms, CancellationToken ct)
    {
        var form = forms.GetValueOrDefault(itemId) ?? new WithdrawForm();
        var prefix = $"Withdrawals[{itemId}]";
        (await withdrawValidator.ValidateAsync(form, ct)).AddTo(ModelState, prefix);
        void Keep(PlanViewModel m) => (m.Withdrawals[itemId], m.Open) = (form, $"withdraw-{itemId}");
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, Keep, ct);
        }

        var result = await plans.WithdrawInstrumentAsync(User.ToStaffUser(), id, itemId, form.Reason!, ct);
        return await AnswerAsync(result, id, "Plan.Withdrawn.Notice", "withdrawn", prefix + ".Reason", Keep, ct);
    }

    [HttpPost("{itemId:int}/certificate")]
    public async Task<IActionResult> Certificate(int id, int itemId, [Bind(Prefix = "Certificates")] Dictionary<int, CertificateForm> forms, CancellationToken ct)
    {
        var form = forms.GetValueOrDefault(itemId) ?? new CertificateForm();
        var prefix = $"Certificates[{itemId}]";
        (await certificateValidator.ValidateAsync(form, ct)).AddTo(ModelState, prefix);
        void Keep(PlanViewModel m) => (m.Certificates[itemId], m.Open) = (form, $"certificate-{itemId}");
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, Keep, ct);
        }

        var result = await plans.RecordCertificateAsync(User.ToStaffUser(), id, itemId, form.ToInput(), ct);
        var errorField = prefix + (result.ErrorCode == "EvidenceNotOfParticipant" ? ".DocumentId" : ".Occupation");
        return await AnswerAsync(result, id, "Plan.CertificateSaved", $"wagon-{itemId}", errorField, Keep, ct);
    }
}
