using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Trajectories;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Trajectories;

/// <summary>Goals of the plan: add, edit, mark achieved.</summary>
[Authorize(Policy = Policies.Coaching)]
[Route("participants/{id:int}/plan/goals")]
public sealed class PlanGoalsController(
    CoachingPlanService plans,
    PlanPageBuilder pages,
    IValidator<GoalForm> validator,
    TimeProvider clock,
    IStringLocalizer<SharedResource> texts) : PlanControllerBase(pages, texts)
{
    [HttpPost("")]
    public async Task<IActionResult> Add(int id, [Bind(Prefix = "NewGoal")] GoalForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "NewGoal");
        void Keep(PlanViewModel m) => (m.NewGoal, m.Open) = (form, "add-goal");
        return ModelState.IsValid
            ? await AnswerAsync(await plans.AddGoalAsync(User.ToStaffUser(), id, form.ToInput(), ct), id, "Plan.GoalSaved", "goals", "NewGoal.What", Keep, ct)
            : await RedisplayAsync(id, Keep, ct);
    }

    [HttpPost("{goalId:int}")]
    public async Task<IActionResult> Edit(int id, int goalId, [Bind(Prefix = "Goals")] Dictionary<int, GoalForm> forms, CancellationToken ct)
    {
        var form = forms.GetValueOrDefault(goalId) ?? new GoalForm();
        var prefix = $"Goals[{goalId}]";
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, prefix);
        void Keep(PlanViewModel m) => (m.Goals[goalId], m.Open) = (form, $"goal-{goalId}");
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, Keep, ct);
        }

        var result = await plans.UpdateGoalAsync(User.ToStaffUser(), id, goalId, form.Version, form.ToInput(), ct);
        return await AnswerAsync(result, id, "Plan.GoalSaved", "goals", prefix + ".What", Keep, ct,
            m => form.Version = m.Goals.TryGetValue(goalId, out var saved) ? saved.Version : form.Version);
    }

    [HttpPost("{goalId:int}/achieved")]
    public async Task<IActionResult> Achieved(int id, int goalId, CancellationToken ct)
    {
        var result = await plans.MarkGoalAchievedAsync(User.ToStaffUser(), id, goalId, clock.Today(), ct);
        return await AnswerAsync(result, id, "Plan.GoalAchieved", "goals", "", _ => { }, ct);
    }
}
