using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Infrastructure.TagHelpers;

/// <summary>
/// The error summary at the top of a form (NL Design System alert): a heading and one link per
/// error to its field, so keyboard and screen-reader users reach each one. Renders nothing when
/// the form is valid.
/// </summary>
[HtmlTargetElement("nl-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(IStringLocalizer<SharedResource> texts, HtmlEncoder encoder) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ViewData.ModelState;
        if (modelState.IsValid)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-alert utrecht-alert--error jp-error-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("id", "error-summary");

        var html = $"<h2 class=\"utrecht-heading-2\">{encoder.Encode(texts["Form.ErrorSummary"].Value)}</h2><ul class=\"utrecht-unordered-list\">";
        foreach (var (key, entry) in modelState)
        {
            foreach (var error in entry.Errors)
            {
                var message = encoder.Encode(error.ErrorMessage);
                html += string.IsNullOrEmpty(key)
                    ? $"<li class=\"utrecht-unordered-list__item\">{message}</li>"
                    : $"<li class=\"utrecht-unordered-list__item\"><a class=\"utrecht-link\" href=\"#{TagBuilder.CreateSanitizedId(key, "_")}\">{message}</a></li>";
            }
        }

        output.Content.SetHtmlContent(html + "</ul>");
    }
}
