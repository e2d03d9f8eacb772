using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Account;

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.UserId).NotEmpty().WithMessage(t["Password.LinkInvalid"]);
        RuleFor(f => f.Token).NotEmpty().WithMessage(t["Password.LinkInvalid"]);
        RuleFor(f => f.NewPassword).NewPassword(t);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage(t["Password.ConfirmDiffers"]);
    }
}
