using FluentValidation;
using Jobportunities.Core.Organisations;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Organisations;

public sealed class OrganisationFormValidator : AbstractValidator<OrganisationForm>
{
    public OrganisationFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage(t["Validation.Required", t["Field.Name"]])
            .MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        RuleFor(f => f.Kind).NotNull().WithMessage(t["Validation.Required", t["Field.OrganisationKind"]]).IsInEnum().WithMessage(t["Validation.InvalidValue"]);
        RuleFor(f => f.Country).Must(Countries.IsSupported).WithMessage(t["Validation.Country"]);
    }
}
