using System.Diagnostics;
using System.Text;
using Jobportunities.BrowserTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Jobportunities.BrowserTests.Foundation;

/// <summary>
/// The whole site, crawled as each role in Dutch, German and English: every page reachable by links from
/// <c>/</c> (one page per route template) has no axe-core WCAG 2.1 A/AA violation and no Nu HTML Checker error.
/// Run alone with <c>dotnet test tests/Jobportunities.BrowserTests -c Release --filter FullyQualifiedName~SiteCrawlTests</c>.
/// </summary>
[Collection("browser")]
public sealed class SiteCrawlTests(BrowserFixture browser, DemoBrowserAppFactory app, ITestOutputHelper output) : IClassFixture<DemoBrowserAppFactory>
{
    private static readonly string[] Languages = ["nl", "de", "en"];

    /// <summary>Route templates checked so far per language, shared by the roles (they run one after another).</summary>
    private static readonly Dictionary<string, HashSet<string>> CheckedTemplates = Languages.ToDictionary(l => l, _ => new HashSet<string>(StringComparer.Ordinal));

    [Theory]
    [InlineData("anonymous", null)]
    [InlineData("coach", DemoAccounts.Coach)]
    [InlineData("lead", DemoAccounts.Lead)]
    [InlineData("adviser", DemoAccounts.Adviser)]
    [InlineData("referrer", DemoAccounts.Referrer)]
    [InlineData("administrator", DemoAccounts.Admin)]
    public async Task EveryReachablePage_HasNoAxeViolationsAndNoHtmlErrors(string role, string? email)
    {
        var watch = Stopwatch.StartNew();
        var (context, page) = await browser.NewPageAsync(app.ServerAddress);
        await using var _ = context;
        if (email is not null)
        {
            await BrowserFixture.LoginAsync(page, app.ServerAddress, email);
        }

        var crawled = new List<CrawledPage>();
        foreach (var language in Languages)
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = Uri.EscapeDataString($"c={language}|uic={language}"), Url = app.ServerAddress }]);
            crawled.AddRange(await SiteCrawler.CrawlAsync(page, app.ServerAddress, role, language, CheckedTemplates[language]));
        }

        var crawlTime = watch.Elapsed;
        var htmlErrors = await HtmlChecker.CheckAsync(crawled.Where(p => p.IsChecked).Select(p => (p.Url + " [" + p.Language + "]", p.Html!)).ToList());
        output.WriteLine($"{role}: {crawled.Count} pages visited, {crawled.Count(p => p.IsChecked)} checked with axe in {crawlTime.TotalSeconds:F0} s, vnu in {(watch.Elapsed - crawlTime).TotalSeconds:F0} s");
        foreach (var group in crawled.GroupBy(p => p.Language))
        {
            output.WriteLine($"  {group.Key}: " + string.Join(" ", group.Where(p => p.IsChecked).Select(p => SiteCrawler.TemplateOf(new Uri(p.Url).AbsolutePath))));
        }

        foreach (var language in Languages)
        {
            // Each language must have reached more than the start page, or the crawl checked nothing.
            Assert.True(crawled.Count(p => p.Language == language) > 1, $"{role} in {language}: the crawl reached only the start page.");
        }

        Assert.True(crawled.All(p => p.Violations.Count == 0) && htmlErrors.Count == 0, Describe(role, crawled, htmlErrors));
    }

    [Fact]
    public async Task HtmlChecker_OnBrokenMarkup_ReportsTheErrorWithThePageAddress()
    {
        var broken = "<!DOCTYPE html><html lang=\"nl\"><head><title>t</title></head><body><input type=\"file\" value=\"x\"></body></html>";
        var valid = "<!DOCTYPE html><html lang=\"nl\"><head><title>t</title></head><body><p>ok</p></body></html>";

        var errors = await HtmlChecker.CheckAsync([("http://app/broken", broken), ("http://app/valid", valid)]);

        var error = Assert.Single(errors);
        Assert.StartsWith("http://app/broken", error.Url);
        Assert.Contains("value", error.Message);
    }

    [Theory]
    [InlineData("/participants/42/plan", "/participants/{id}/plan")]
    [InlineData("/vacancies/3f2504e0-4f89-11d3-9a0c-0305e82c3301/", "/vacancies/{id}")]
    [InlineData("/", "/")]
    public void TemplateOf_ReplacesRecordIdsSoOnePagePerRouteIsVisited(string path, string template) =>
        Assert.Equal(template, SiteCrawler.TemplateOf(path));

    private static string Describe(string role, IReadOnlyList<CrawledPage> pages, IReadOnlyList<HtmlError> htmlErrors)
    {
        var text = new StringBuilder($"Crawl as {role}: ");
        var violations = pages.SelectMany(p => p.Violations.SelectMany(v => v.Nodes.Select(n => (Page: p, Rule: v, Node: n)))).ToList();
        text.Append($"{violations.Count} axe violation(s), {htmlErrors.Count} HTML error(s)");
        foreach (var (page, rule, node) in violations)
        {
            text.AppendLine().Append($"- axe {rule.Id} [{rule.Impact}] on {page.Url} ({page.Role}, {page.Language}): target {node.Target} — {rule.Help}");
        }

        foreach (var error in htmlErrors)
        {
            text.AppendLine().Append($"- html on {error.Url} line {error.Line}: {error.Message} — {error.Extract?.ReplaceLineEndings(" ")}");
        }

        return text.ToString();
    }
}
