using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class InstrumentFormValidator : AbstractValidator<InstrumentForm>
{
    public InstrumentFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Provider).MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        RuleFor(f => f.Cost).NotNull().WithMessage(t["Validation.Required", t["Plan.Instrument.Cost"]])
            .InclusiveBetween(0m, 1_000_000m).WithMessage(t["Validation.NotNegative"]);
        RuleFor(f => f.PlannedEnd).GreaterThanOrEqualTo(f => f.PlannedStart).When(f => f.PlannedStart is not null && f.PlannedEnd is not null).WithMessage(t["Plan.Error.EndBeforeStart"]);
    }
}
