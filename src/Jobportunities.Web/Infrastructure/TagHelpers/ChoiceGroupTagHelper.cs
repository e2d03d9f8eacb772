using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Infrastructure.TagHelpers;

/// <summary>
/// A group of radio buttons or checkboxes as an NL Design System fieldset: legend, optional
/// description, error message, and one labelled control per item, tied with aria-describedby.
/// Usage: &lt;nl-choices for="Form.SectorWishes" type="checkbox" items="sectors" /&gt;.
/// </summary>
[HtmlTargetElement("nl-choices", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChoiceGroupTagHelper(IStringLocalizer<SharedResource> texts, HtmlEncoder encoder) : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>radio or checkbox.</summary>
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "radio";

    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    [HtmlAttributeName("label-key")]
    public string? LabelKey { get; set; }

    [HtmlAttributeName("required")]
    public bool Required { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(fullName, "_");
        var errors = ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry)
            ? entry.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList()
            : [];
        var selected = SelectedValues(entry?.AttemptedValue);
        var property = For.Metadata.PropertyName ?? For.Name;
        var description = texts[$"Field.{property}.Description"];

        output.TagName = "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"utrecht-form-fieldset jp-choices{(errors.Count > 0 ? " utrecht-form-fieldset--invalid" : "")}");
        output.Attributes.SetAttribute("id", id);
        var describedBy = new List<string>();
        var html = new StringBuilder();
        var optional = Required ? "" : $" <span class=\"jp-optional\">({Encode(texts["Form.Optional"].Value)})</span>";
        html.Append($"<legend class=\"utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend\">{Encode(texts[LabelKey ?? $"Field.{property}"].Value)}{optional}</legend>");
        if (!description.ResourceNotFound)
        {
            describedBy.Add($"{id}-description");
            html.Append($"<div class=\"utrecht-form-field-description\" id=\"{id}-description\">{Encode(description.Value)}</div>");
        }

        if (errors.Count > 0)
        {
            describedBy.Add($"{id}-error");
            html.Append($"<div class=\"utrecht-form-field-error-message\" id=\"{id}-error\">{Encode(string.Join(" ", errors))}</div>");
            output.Attributes.SetAttribute("aria-invalid", "true");
        }

        if (describedBy.Count > 0)
        {
            output.Attributes.SetAttribute("aria-describedby", string.Join(' ', describedBy));
        }

        var index = 0;
        foreach (var item in Items)
        {
            var itemId = $"{id}_{index++}";
            var isChecked = selected.Contains(item.Value) ? " checked" : "";
            var control = Type == "checkbox"
                ? $"utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                : $"utrecht-radio-button utrecht-radio-button--html-input utrecht-radio-button--custom";
            html.Append($"<div class=\"utrecht-form-field utrecht-form-field--{Type}\"><div class=\"utrecht-form-field__input\">")
                .Append($"<input class=\"{control}\" type=\"{Type}\" id=\"{itemId}\" name=\"{Encode(fullName)}\" value=\"{Encode(item.Value)}\"{isChecked}>")
                .Append($"</div><div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label utrecht-form-label--{Type}\" for=\"{itemId}\">{Encode(item.Text)}</label></div></div>");
        }

        output.Content.SetHtmlContent(html.ToString());
    }

    private HashSet<string> SelectedValues(string? attempted)
    {
        if (attempted is not null)
        {
            return attempted.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        }

        return For.Model switch
        {
            null => [],
            string s => [s],
            IEnumerable list => list.Cast<object>().Select(o => Convert.ToString(o, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToHashSet(),
            var other => [Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? ""],
        };
    }

    private string Encode(string value) => encoder.Encode(value);
}
