using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Infrastructure.TagHelpers;

/// <summary>
/// Every <c>&lt;div class="jp-table-wrap"&gt;</c> (a wide table that scrolls sideways) becomes a region that a
/// keyboard user can reach and scroll: <c>role="region"</c>, <c>tabindex="0"</c> and a name, the table's caption
/// (<c>aria-labelledby</c>, an id is given to the caption when it has none) or else the table's own label.
/// </summary>
[HtmlTargetElement("div", Attributes = "[class^=jp-table-wrap]")]
public sealed partial class TableScrollTagHelper(IStringLocalizer<SharedResource> texts) : TagHelper
{
    private const string CounterKey = nameof(TableScrollTagHelper);

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = (await output.GetChildContentAsync()).GetContent();
        output.Attributes.SetAttribute("role", "region");
        output.Attributes.SetAttribute("tabindex", "0");

        var caption = Caption().Match(content);
        if (caption.Success)
        {
            var existingId = IdAttribute().Match(caption.Groups["attributes"].Value);
            var id = existingId.Success ? existingId.Groups["id"].Value : NextId();
            if (!existingId.Success)
            {
                content = content.Remove(caption.Index, caption.Length).Insert(caption.Index, $"<caption id=\"{id}\"{caption.Groups["attributes"].Value}>");
            }

            output.Attributes.SetAttribute("aria-labelledby", id);
            output.Content.SetHtmlContent(content);
            return;
        }

        var labelledBy = LabelledBy().Match(content);
        if (labelledBy.Success)
        {
            output.Attributes.SetAttribute("aria-labelledby", labelledBy.Groups["ids"].Value);
        }
        else
        {
            output.Attributes.SetAttribute("aria-label", texts["Table.ScrollRegion"].Value);
        }

        output.Content.SetHtmlContent(content);
    }

    private string NextId()
    {
        var items = ViewContext.HttpContext.Items;
        var next = (items[CounterKey] as int? ?? 0) + 1;
        items[CounterKey] = next;
        return $"table-caption-{next}";
    }

    [GeneratedRegex("<caption(?<attributes>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex("\\sid=\"(?<id>[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();

    [GeneratedRegex("<table[^>]*\\saria-labelledby=\"(?<ids>[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledBy();
}
