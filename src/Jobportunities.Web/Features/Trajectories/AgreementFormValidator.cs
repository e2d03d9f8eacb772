using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class AgreementFormValidator : AbstractValidator<AgreementForm>
{
    public AgreementFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.EmployerId).NotNull().WithMessage(t["Validation.Required", t["Plan.Agreement.Employer"]]);
        RuleFor(f => f.DevelopmentAgreement).NotEmpty().WithMessage(t["Validation.Required", t["Plan.Agreement.Text"]]).MaximumLength(2000).WithMessage(t["Validation.TooLong", 2000]);
    }
}
