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
/// The caption is found by <see cref="TableScrollCaptionTagHelper"/> while the children render, so the table is
/// not turned into a string and searched (a long list's table is most of its page); a caption that no tag helper
/// sees (raw HTML, a partial view) is still found by searching the rendered content.
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
        var region = new TableScrollRegion(NextId);
        context.Items[typeof(TableScrollRegion)] = region;
        var children = await output.GetChildContentAsync();
        output.Attributes.SetAttribute("role", "region");
        output.Attributes.SetAttribute("tabindex", "0");
        if (region.CaptionId is not null)
        {
            output.Attributes.SetAttribute("aria-labelledby", region.CaptionId);
            return;
        }

        var content = children.GetContent();

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

/// <summary>What the tag helpers inside one scroll region found while it rendered.</summary>
public sealed class TableScrollRegion(Func<string> nextId)
{
    public string? CaptionId { get; private set; }

    public string Name(string? existingId) => CaptionId ??= existingId ?? nextId();
}

/// <summary>The first caption inside a <see cref="TableScrollTagHelper"/> region names it: keeps its id or gets one.</summary>
[HtmlTargetElement("caption")]
public sealed class TableScrollCaptionTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.Items.TryGetValue(typeof(TableScrollRegion), out var found) || found is not TableScrollRegion region || region.CaptionId is not null)
        {
            return;
        }

        if (output.Attributes.TryGetAttribute("id", out var id) && id.Value is string text)
        {
            region.Name(text);
        }
        else if (id is null)
        {
            output.Attributes.Insert(0, new TagHelperAttribute("id", region.Name(null)));
        }
    }
}
