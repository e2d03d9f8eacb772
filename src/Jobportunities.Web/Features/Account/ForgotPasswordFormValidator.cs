using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Account;

public sealed class ForgotPasswordFormValidator : AbstractValidator<ForgotPasswordForm>
{
    public ForgotPasswordFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(t["Validation.Required", t["Field.Email"]])
            .EmailAddress().WithMessage(t["Validation.Email"]).MaximumLength(256).WithMessage(t["Validation.Email"]);
    }
}
