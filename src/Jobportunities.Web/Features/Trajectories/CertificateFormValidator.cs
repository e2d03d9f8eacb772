using FluentValidation;
using Jobportunities.Core.Common;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class CertificateFormValidator : AbstractValidator<CertificateForm>
{
    public CertificateFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(f => f.Occupation).NotEmpty().WithMessage(t["Validation.Required", t["Plan.Certificate.Occupation"]]).MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        RuleFor(f => f.IssuedOn).NotNull().WithMessage(t["Validation.Required", t["Plan.Certificate.IssuedOn"]])
            .Must(d => d <= clock.Today()).When(f => f.IssuedOn is not null, ApplyConditionTo.CurrentValidator).WithMessage(t["File.DateNotInFuture"]);
        RuleFor(f => f.Issuer).NotEmpty().WithMessage(t["Validation.Required", t["Plan.Certificate.Issuer"]]).MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
    }
}
