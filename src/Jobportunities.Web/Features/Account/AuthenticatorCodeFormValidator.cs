using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Account;

public sealed class AuthenticatorCodeFormValidator : AbstractValidator<AuthenticatorCodeForm>
{
    public AuthenticatorCodeFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage(t["Validation.Required", t["Field.AuthenticatorCode"]]);
        RuleFor(f => f.Code).Must((form, _) => form.Normalized.Length == 6 && form.Normalized.All(char.IsAsciiDigit))
            .WithMessage(t["TwoFactor.CodeFormat"]).When(f => !string.IsNullOrEmpty(f.Code));
    }
}
