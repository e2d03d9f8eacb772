using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Jobportunities.Web.Infrastructure;

/// <summary>Model-binding errors ("abc" in a number field) in the user's language, not English.</summary>
internal sealed class LocalizedBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var texts = factory.Create(typeof(SharedResource));
        var provider = options.ModelBindingMessageProvider;
        provider.SetAttemptedValueIsInvalidAccessor((_, _) => texts["Validation.InvalidValue"]);
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => texts["Validation.InvalidValue"]);
        provider.SetUnknownValueIsInvalidAccessor(_ => texts["Validation.InvalidValue"]);
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => texts["Validation.InvalidValue"]);
        provider.SetValueIsInvalidAccessor(_ => texts["Validation.InvalidValue"]);
        provider.SetValueMustBeANumberAccessor(_ => texts["Validation.InvalidValue"]);
        provider.SetNonPropertyValueMustBeANumberAccessor(() => texts["Validation.InvalidValue"]);
        provider.SetMissingBindRequiredValueAccessor(_ => texts["Validation.ValueRequired"]);
        provider.SetMissingKeyOrValueAccessor(() => texts["Validation.ValueRequired"]);
        provider.SetMissingRequestBodyRequiredValueAccessor(() => texts["Validation.ValueRequired"]);
        provider.SetValueMustNotBeNullAccessor(_ => texts["Validation.ValueRequired"]);
    }
}
