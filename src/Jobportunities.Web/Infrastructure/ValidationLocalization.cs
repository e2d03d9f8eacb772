using System.Globalization;
using FluentValidation;
using FluentValidation.Resources;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// A safety net under the validators: a rule without its own message never shows FluentValidation's
/// English default with a code name ("'Given Name' must be …"). Defaults come from our resources
/// (FluentValidation.*) and a property is named by its label (Field.*), in the user's language.
/// </summary>
internal sealed class ValidationLocalization(IStringLocalizerFactory factory) : ILanguageManager
{
    public bool Enabled { get; set; } = true;

    public CultureInfo? Culture { get; set; }

    public string GetString(string key, CultureInfo? culture = null)
    {
        var texts = factory.Create(typeof(SharedResource));
        var text = texts["FluentValidation." + key];
        return text.ResourceNotFound ? texts["FluentValidation.Default"] : text.Value;
    }

    public static void UseForFluentValidation(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IStringLocalizerFactory>();
        ValidatorOptions.Global.LanguageManager = new ValidationLocalization(factory);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
        {
            var texts = factory.Create(typeof(SharedResource));
            var label = member is null ? null : texts["Field." + member.Name];
            return label is null || label.ResourceNotFound ? texts["Validation.ThisField"].Value : label.Value;
        };
    }
}
