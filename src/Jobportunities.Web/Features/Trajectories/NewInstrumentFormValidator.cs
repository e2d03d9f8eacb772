using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class NewInstrumentFormValidator : AbstractValidator<NewInstrumentForm>
{
    public NewInstrumentFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.InstrumentId).NotNull().WithMessage(t["Plan.Error.InstrumentRequired"]);
        RuleFor(f => f.Provider).MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        RuleFor(f => f.Cost).InclusiveBetween(0m, 1_000_000m).When(f => f.Cost is not null).WithMessage(t["Validation.NotNegative"]);
        RuleFor(f => f.PlannedEnd).GreaterThanOrEqualTo(f => f.PlannedStart).When(f => f.PlannedStart is not null && f.PlannedEnd is not null).WithMessage(t["Plan.Error.EndBeforeStart"]);
    }
}
