using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Jobportunities.Web.Infrastructure.TagHelpers;

/// <summary>
/// The control inside an <see cref="FormFieldTagHelper"/> field: one element per type (textarea,
/// select, checkbox with its hidden "false", or an input), carrying the value to show and the
/// field's accessibility attributes.
/// </summary>
internal static class FieldControl
{
    /// <summary>The control's own attributes: its id, the error and description it is tied to, and the browser's input hints.</summary>
    public static IReadOnlyDictionary<string, object?> Attributes(string id, bool invalid, IReadOnlyList<string> describedBy, string? autocomplete, string? inputMode, bool ariaRequired) =>
        new Dictionary<string, object?>
        {
            ["id"] = id,
            ["aria-invalid"] = invalid ? "true" : null,
            ["aria-describedby"] = describedBy.Count > 0 ? string.Join(' ', describedBy) : null,
            ["autocomplete"] = autocomplete,
            ["inputmode"] = inputMode,
            // aria-required, not required: an empty required field would show as :invalid (red) before anything was typed.
            ["aria-required"] = ariaRequired ? "true" : null,
        };

    public static IHtmlContent Render(string type, string fullName, string? value, bool invalid, IReadOnlyDictionary<string, object?> attributes, IEnumerable<SelectListItem>? items, int rows, HtmlEncoder encoder)
    {
        TagBuilder tag;
        switch (type)
        {
            case "textarea":
                tag = new TagBuilder("textarea");
                tag.AddCssClass($"utrecht-textarea utrecht-textarea--html-textarea{(invalid ? " utrecht-textarea--invalid" : "")}");
                tag.Attributes["rows"] = rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
                tag.InnerHtml.Append(value ?? "");
                break;
            case "select":
                tag = new TagBuilder("select");
                tag.AddCssClass($"utrecht-select utrecht-select--html-select{(invalid ? " utrecht-select--invalid" : "")}");
                foreach (var item in items ?? [])
                {
                    var option = new TagBuilder("option");
                    option.Attributes["value"] = item.Value;
                    if (item.Value == value || (value is null && item.Selected))
                    {
                        option.Attributes["selected"] = "selected";
                    }

                    option.InnerHtml.Append(item.Text);
                    tag.InnerHtml.AppendHtml(option);
                }

                break;
            case "checkbox":
                tag = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
                tag.AddCssClass("utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom");
                tag.Attributes["type"] = "checkbox";
                tag.Attributes["value"] = "true";
                if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
                {
                    tag.Attributes["checked"] = "checked";
                }

                break;
            default:
                tag = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
                tag.AddCssClass($"utrecht-textbox utrecht-textbox--html-input{(invalid ? " utrecht-textbox--invalid" : "")}");
                tag.Attributes["type"] = type;
                // A password is never echoed, and a file input cannot have a value (not allowed in HTML).
                if (type is not ("password" or "file"))
                {
                    tag.Attributes["value"] = value ?? "";
                }

                break;
        }

        tag.Attributes["name"] = fullName;
        foreach (var (key, attributeValue) in attributes)
        {
            if (attributeValue is not null)
            {
                tag.Attributes[key] = attributeValue.ToString();
            }
        }

        if (type != "checkbox")
        {
            return tag;
        }

        // An unchecked box posts nothing; the hidden "false" keeps the model binder honest.
        var builder = new HtmlContentBuilder();
        builder.AppendHtml(tag);
        builder.AppendHtml($"<input type=\"hidden\" name=\"{encoder.Encode(fullName)}\" value=\"false\">");
        return builder;
    }

    /// <summary>The model's value as the control shows it: dates as yyyy-MM-dd, decimals in the current culture.</summary>
    public static string? FormatValue(object? model) => model switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        decimal m => m.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture),
        _ => Convert.ToString(model, System.Globalization.CultureInfo.CurrentCulture),
    };
}
