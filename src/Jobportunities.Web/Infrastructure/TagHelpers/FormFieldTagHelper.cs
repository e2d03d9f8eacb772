using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Infrastructure.TagHelpers;

/// <summary>
/// One NL Design System form field (Utrecht form-field): label, optional description, error
/// message and the control, tied together with aria-describedby and aria-invalid, so every form
/// is accessible in one place. Usage: &lt;nl-field for="Email" type="email" autocomplete="email" /&gt;.
/// The label text is the resource "Field.{Property}" unless label-key names another; a
/// description is shown when "Field.{Property}.Description" exists (or description-key).
/// </summary>
[HtmlTargetElement("nl-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper(IStringLocalizer<SharedResource> texts, HtmlEncoder encoder) : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>text, email, tel, date, number, password, textarea, select, checkbox.</summary>
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("label-key")]
    public string? LabelKey { get; set; }

    [HtmlAttributeName("description-key")]
    public string? DescriptionKey { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    [HtmlAttributeName("required")]
    public bool Required { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 4;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name), "_");
        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name);
        var state = ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) ? entry : null;
        var errors = state?.Errors.Select(e => e.ErrorMessage).Where(m => !string.IsNullOrEmpty(m)).ToList() ?? [];
        var invalid = errors.Count > 0;
        var propertyKey = For.Metadata.PropertyName ?? name;
        var label = texts[LabelKey ?? $"Field.{propertyKey}"];
        var description = texts[DescriptionKey ?? $"Field.{propertyKey}.Description"];

        var describedBy = new List<string>();
        var html = new HtmlContentBuilder();
        var isCheckbox = Type == "checkbox";

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class",
            $"utrecht-form-field utrecht-form-field--{(isCheckbox ? "checkbox" : "text")}{(invalid ? " utrecht-form-field--invalid" : "")}");

        var labelHtml = $"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label{(isCheckbox ? " utrecht-form-label--checkbox" : "")}\" for=\"{id}\">{Encode(label.Value)}{(Required || isCheckbox ? "" : OptionalMark())}</label></div>";
        if (!isCheckbox)
        {
            html.AppendHtml(labelHtml);
        }

        if (!description.ResourceNotFound)
        {
            describedBy.Add($"{id}-description");
            html.AppendHtml($"<div class=\"utrecht-form-field__description utrecht-form-field-description\" id=\"{id}-description\">{Encode(description.Value)}</div>");
        }

        if (invalid)
        {
            describedBy.Add($"{id}-error");
            html.AppendHtml($"<div class=\"utrecht-form-field__error-message utrecht-form-field-error-message\" id=\"{id}-error\">{Encode(string.Join(" ", errors))}</div>");
        }

        html.AppendHtml(isCheckbox ? "<div class=\"utrecht-form-field__input utrecht-form-field__checkbox\">" : "<div class=\"utrecht-form-field__input\">");
        html.AppendHtml(Control(id, fullName, invalid, describedBy));
        html.AppendHtml("</div>");
        if (isCheckbox)
        {
            html.AppendHtml(labelHtml);
        }

        output.Content.SetHtmlContent(html);
    }

    private string OptionalMark() => $" <span class=\"jp-optional\">({Encode(texts["Form.Optional"].Value)})</span>";

    /// <summary>The control's attributes and shown value; <see cref="FieldControl"/> renders the element of the type.</summary>
    private IHtmlContent Control(string id, string fullName, bool invalid, List<string> describedBy)
    {
        var value = ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : FieldControl.FormatValue(For.Model);

        // A single checkbox is a yes/no answer: required ones (consent) are checked by the validator.
        var attributes = FieldControl.Attributes(id, invalid, describedBy, Autocomplete, InputMode, ariaRequired: Required && Type != "checkbox");
        return FieldControl.Render(Type, fullName, value, invalid, attributes, Items, Rows, encoder);
    }

    private string Encode(string value) => encoder.Encode(value);
}
