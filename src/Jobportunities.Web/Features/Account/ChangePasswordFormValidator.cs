using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Account;

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage(t["Validation.Required", t["Field.CurrentPassword"]]);
        RuleFor(f => f.NewPassword).NewPassword(t);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage(t["Password.ConfirmDiffers"]);
    }
}
