using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Account;

public sealed class RecoveryCodeFormValidator : AbstractValidator<RecoveryCodeForm>
{
    public RecoveryCodeFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.RecoveryCode).NotEmpty().WithMessage(t["Validation.Required", t["Field.RecoveryCode"]]).MaximumLength(50)
            .WithMessage(t["TwoFactor.RecoveryWrong"]);
    }
}
