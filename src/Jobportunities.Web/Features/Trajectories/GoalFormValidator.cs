using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class GoalFormValidator : AbstractValidator<GoalForm>
{
    public GoalFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.What).NotEmpty().WithMessage(t["Validation.Required", t["Plan.Goal.What"]]).MaximumLength(500).WithMessage(t["Validation.TooLong", 500]);
        RuleFor(f => f.ByWhen).NotNull().WithMessage(t["Validation.Required", t["Plan.Goal.ByWhen"]]);
        RuleFor(f => f.HowMeasured).NotEmpty().WithMessage(t["Validation.Required", t["Plan.Goal.HowMeasured"]]).MaximumLength(500).WithMessage(t["Validation.TooLong", 500]);
    }
}
