using FluentValidation;
using Jobportunities.Core.Trajectories;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Trajectories;

/// <summary>Employer agreements and the cost split, both part of the plan.</summary>
[Authorize(Policy = Policies.Coaching)]
[Route("participants/{id:int}/plan")]
public sealed class PlanAgreementsController(
    CoachingPlanService plans,
    PlanPageBuilder pages,
    IValidator<AgreementForm> agreementValidator,
    IValidator<CostSplitForm> splitValidator,
    IStringLocalizer<SharedResource> texts) : PlanControllerBase(pages, texts)
{
    [HttpPost("agreements")]
    public async Task<IActionResult> Add(int id, [Bind(Prefix = "NewAgreement")] AgreementForm form, CancellationToken ct)
    {
        (await agreementValidator.ValidateAsync(form, ct)).AddTo(ModelState, "NewAgreement");
        void Keep(PlanViewModel m) => (m.NewAgreement, m.Open) = (form, "add-agreement");
        return ModelState.IsValid
            ? await AnswerAsync(await plans.AddAgreementAsync(User.ToStaffUser(), id, form.ToInput(), ct), id, "Plan.AgreementSaved", "agreements", "NewAgreement.EmployerId", Keep, ct)
            : await RedisplayAsync(id, Keep, ct);
    }

    [HttpPost("agreements/{agreementId:int}")]
    public async Task<IActionResult> Edit(int id, int agreementId, [Bind(Prefix = "Agreements")] Dictionary<int, AgreementForm> forms, CancellationToken ct)
    {
        var form = forms.GetValueOrDefault(agreementId) ?? new AgreementForm();
        var prefix = $"Agreements[{agreementId}]";
        (await agreementValidator.ValidateAsync(form, ct)).AddTo(ModelState, prefix);
        void Keep(PlanViewModel m) => (m.Agreements[agreementId], m.Open) = (form, $"agreement-{agreementId}");
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, Keep, ct);
        }

        var result = await plans.UpdateAgreementAsync(User.ToStaffUser(), id, agreementId, form.Version, form.ToInput(), ct);
        return await AnswerAsync(result, id, "Plan.AgreementSaved", "agreements", prefix + ".EmployerId", Keep, ct,
            m => form.Version = m.Agreements.TryGetValue(agreementId, out var saved) ? saved.Version : form.Version);
    }

    [HttpPost("cost-split")]
    public async Task<IActionResult> CostSplit(int id, [Bind(Prefix = "CostSplit")] CostSplitForm form, CancellationToken ct)
    {
        (await splitValidator.ValidateAsync(form, ct)).AddTo(ModelState, "CostSplit");
        void Keep(PlanViewModel m) => (m.CostSplit, m.Open) = (form.Padded(), "cost-split");
        return ModelState.IsValid
            ? await AnswerAsync(await plans.ReplaceCostSplitAsync(User.ToStaffUser(), id, form.ToInput(), ct), id, "Plan.CostSplitSaved", "agreements", "CostSplit.Shares[0].Percent", Keep, ct)
            : await RedisplayAsync(id, Keep, ct);
    }
}
