using System.Net;
using System.Text.RegularExpressions;

namespace Jobportunities.IntegrationTests.Infrastructure;

/// <summary>
/// Reads the values a page's form would submit (inputs, checked boxes, selected options,
/// textareas), so a test can change a few fields and post the rest as they were.
/// For repeated names (checkbox lists) the first checked value wins; tests set lists explicitly.
/// </summary>
public static partial class FormReader
{
    public static Dictionary<string, string> Fields(string html)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in Input().Matches(html))
        {
            var tag = input.Value;
            var name = Attr(tag, "name");
            if (name is null || name == "__RequestVerificationToken" || fields.ContainsKey(name))
            {
                continue;
            }

            var type = Attr(tag, "type") ?? "text";
            if ((type is "checkbox" or "radio") && !tag.Contains("checked", StringComparison.Ordinal))
            {
                continue;
            }

            fields[name] = WebUtility.HtmlDecode(Attr(tag, "value") ?? "");
        }

        foreach (Match area in TextArea().Matches(html))
        {
            fields[area.Groups["name"].Value] = WebUtility.HtmlDecode(area.Groups["value"].Value);
        }

        foreach (Match select in Select().Matches(html))
        {
            var options = Option().Matches(select.Groups["options"].Value).Select(m => m.Value).ToList();
            var chosen = options.FirstOrDefault(o => o.Contains(" selected", StringComparison.Ordinal)) ?? options.FirstOrDefault();
            fields[select.Groups["name"].Value] = chosen is null ? "" : WebUtility.HtmlDecode(Attr(chosen, "value") ?? "");
        }

        return fields;
    }

    private static string? Attr(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Input();

    [GeneratedRegex("<textarea\\b[^>]*\\sname=\"(?<name>[^\"]+)\"[^>]*>(?<value>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("<select\\b[^>]*\\sname=\"(?<name>[^\"]+)\"[^>]*>(?<options>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Option();
}
