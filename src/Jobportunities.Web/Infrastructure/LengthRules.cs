using FluentValidation;

namespace Jobportunities.Web.Infrastructure;

/// <summary>Length rules named by the field's label, in the user's language.</summary>
public static class LengthRules
{
    public static IRuleBuilderOptions<T, string?> MaxLength<T>(this IRuleBuilder<T, string?> rule, int max, Microsoft.Extensions.Localization.IStringLocalizer t, string fieldKey) =>
        rule.MaximumLength(max).WithMessage(t["Validation.MaxLength", t[fieldKey], max]);
}
