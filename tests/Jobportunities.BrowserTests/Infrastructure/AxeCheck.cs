using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Jobportunities.BrowserTests.Infrastructure;

/// <summary>axe-core on the current page against WCAG 2.0/2.1 A and AA, with a failure message a developer can act on.</summary>
public static class AxeCheck
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Runs axe on the page as it is now and fails listing each rule, its impact and the offending elements.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            // Only violations are read: skipping the node lists of passes and inapplicable rules keeps each run short.
            ResultTypes = [ResultType.Violations],
        });

        Assert.True(result.Violations.Length == 0, Describe(page.Url, result.Violations));
    }

    public static string Describe(string url, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder($"Accessibility violations (WCAG 2.1 A/AA) on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine().Append($"- {violation.Id} [{violation.Impact}]: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine().Append($"    target: {node.Target}");
                text.AppendLine().Append($"    html:   {node.Html}");
                AppendChecks(text, "fix all of", node.All);
                AppendChecks(text, "fix any of", node.Any);
                AppendChecks(text, "fix all of", node.None);
            }
        }

        return text.ToString();
    }

    private static void AppendChecks(StringBuilder text, string label, IEnumerable<AxeResultCheck>? checks)
    {
        var messages = checks?.Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m)).ToList() ?? [];
        if (messages.Count > 0)
        {
            text.AppendLine().Append($"    {label}: ").Append(string.Join(" | ", messages).ReplaceLineEndings(" "));
        }
    }
}
