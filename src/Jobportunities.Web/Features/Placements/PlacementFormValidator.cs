using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Organisations;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Placements;

public sealed class PlacementFormValidator : AbstractValidator<PlacementForm>
{
    public PlacementFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(f => f.EmployerId).NotNull().WithMessage(t["Placements.EmployerRequired"]);
        RuleFor(f => f.HoursPerWeek).NotNull().WithMessage(t["Validation.Required", t["Field.HoursPerWeek"]]);
        RuleFor(f => f.HoursPerWeek).InclusiveBetween(1, 60).When(f => f.HoursPerWeek is not null).WithMessage(t["Validation.Between", 1, 60]);
        RuleFor(f => f.Country).Must(Countries.IsSupported).WithMessage(t["Validation.Country"]);
        RuleFor(f => f.StartDate).NotNull().WithMessage(t["Validation.Required", t["Field.StartDate"]]);
        RuleFor(f => f.StartDate).Must(d => d <= clock.Today().AddYears(1)).When(f => f.StartDate is not null).WithMessage(t["Placements.StartTooFar"]);
    }
}
