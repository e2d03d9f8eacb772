using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Account;

internal static class PasswordRules
{
    /// <summary>Length here for a quick answer; Identity's validators (common passwords) decide on saving.</summary>
    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<SharedResource> t) =>
        rule.NotEmpty().WithMessage(t["Validation.Required", t["Field.NewPassword"]])
            .MinimumLength(12).WithMessage(t["Users.Error.PasswordTooShort"])
            .MaximumLength(128).WithMessage(t["Users.Error.PasswordTooLong"]);
}
