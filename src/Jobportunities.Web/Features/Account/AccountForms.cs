using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Account;

/// <summary>A six-digit code from the authenticator app: at enrolment and at the sign-in step after the password.</summary>
public sealed class AuthenticatorCodeForm
{
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>Apps show the code as "123 456"; spaces and dashes are not part of it.</summary>
    public string Normalized => (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}

public sealed class RecoveryCodeForm
{
    public string? RecoveryCode { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }
}

public sealed class ForgotPasswordForm
{
    public string? Email { get; set; }
}

/// <summary>The set-password form behind a reset or invitation link: the user id and Identity's token travel in the link.</summary>
public sealed class ResetPasswordForm
{
    public string? UserId { get; set; }

    public string? Token { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }
}

public sealed class AuthenticatorCodeFormValidator : AbstractValidator<AuthenticatorCodeForm>
{
    public AuthenticatorCodeFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage(t["Validation.Required", t["Field.AuthenticatorCode"]]);
        RuleFor(f => f.Code).Must((form, _) => form.Normalized.Length == 6 && form.Normalized.All(char.IsAsciiDigit))
            .WithMessage(t["TwoFactor.CodeFormat"]).When(f => !string.IsNullOrEmpty(f.Code));
    }
}

public sealed class RecoveryCodeFormValidator : AbstractValidator<RecoveryCodeForm>
{
    public RecoveryCodeFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.RecoveryCode).NotEmpty().WithMessage(t["Validation.Required", t["Field.RecoveryCode"]]).MaximumLength(50)
            .WithMessage(t["TwoFactor.RecoveryWrong"]);
    }
}

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage(t["Validation.Required", t["Field.CurrentPassword"]]);
        RuleFor(f => f.NewPassword).NewPassword(t);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage(t["Password.ConfirmDiffers"]);
    }
}

public sealed class ForgotPasswordFormValidator : AbstractValidator<ForgotPasswordForm>
{
    public ForgotPasswordFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(t["Validation.Required", t["Field.Email"]])
            .EmailAddress().WithMessage(t["Validation.Email"]).MaximumLength(256).WithMessage(t["Validation.Email"]);
    }
}

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

internal static class PasswordRules
{
    /// <summary>Length here for a quick answer; Identity's validators (common passwords) decide on saving.</summary>
    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<SharedResource> t) =>
        rule.NotEmpty().WithMessage(t["Validation.Required", t["Field.NewPassword"]])
            .MinimumLength(12).WithMessage(t["Users.Error.PasswordTooShort"])
            .MaximumLength(128).WithMessage(t["Users.Error.PasswordTooLong"]);
}
