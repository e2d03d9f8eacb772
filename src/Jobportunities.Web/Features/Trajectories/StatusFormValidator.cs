using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Trajectories;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class StatusFormValidator : AbstractValidator<StatusForm>
{
    public StatusFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(f => f.To).NotNull().WithMessage(t["Plan.Error.StatusRequired"]);
        RuleFor(f => f.Date).NotNull().WithMessage(t["Validation.Required", t["Plan.Status.Date"]])
            .Must(d => d <= clock.Today()).When(f => f.Date is not null, ApplyConditionTo.CurrentValidator).WithMessage(t["File.DateNotInFuture"]);
        RuleFor(f => f.Reason).NotEmpty().When(f => f.To == InstrumentStatus.Stopped, ApplyConditionTo.CurrentValidator).WithMessage(t["Plan.Error.ReasonRequired"])
            .MaximumLength(500).WithMessage(t["Validation.TooLong", 500]);
    }
}
