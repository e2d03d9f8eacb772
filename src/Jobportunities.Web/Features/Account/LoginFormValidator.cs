using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Account;

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator(IStringLocalizer<SharedResource> texts)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(texts["Login.EmailRequired"]);
        RuleFor(f => f.Password).NotEmpty().WithMessage(texts["Login.PasswordRequired"]);
    }
}
