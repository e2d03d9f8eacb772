using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Jobportunities.Web.Infrastructure.TagHelpers;

/// <summary>
/// Antiforgery on every form: ASP.NET's form tag helper leaves the token out when a form has a
/// plain action="…" attribute. This one runs after it and adds the token to every POST form that
/// does not have one yet, so no view can forget it (the server refuses posts without it).
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class AntiforgeryFormTagHelper(IHtmlGenerator generator) : TagHelper
{
    private const string TokenField = "__RequestVerificationToken";

    public override int Order => 1000;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var method = output.Attributes.TryGetAttribute("method", out var attribute) ? attribute.Value?.ToString() : null;
        if (!string.Equals(method, "post", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var content = (await output.GetChildContentAsync()).GetContent() + output.PostContent.GetContent() + output.Content.GetContent();
        if (!content.Contains(TokenField, StringComparison.Ordinal))
        {
            output.PostContent.AppendHtml(generator.GenerateAntiforgery(ViewContext));
        }
    }
}
