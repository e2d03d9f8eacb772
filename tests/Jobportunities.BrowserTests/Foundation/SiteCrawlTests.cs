using System.Diagnostics;
using System.Text;
using Jobportunities.BrowserTests.Infrastructure;
using Jobportunities.Web.Demo;
using Xunit.Abstractions;

namespace Jobportunities.BrowserTests.Foundation;

/// <summary>
/// The whole site, crawled as each role in Dutch, German and English: every page reachable by links from
/// <c>/</c> (one page per route template) has no axe-core WCAG 2.1 A/AA violation and no Nu HTML Checker error.
/// The crawl runs once for all roles (the first test that needs it starts it); each role's test then reads
/// that role's findings. Axe runs once per route template across roles and languages (the views are the same
/// in every language, only their texts differ; the start page once per role), the HTML checker reads one page
/// per route template in every language, all in one run of vnu.jar.
/// Run alone with <c>dotnet test tests/Jobportunities.BrowserTests -c Release --filter FullyQualifiedName~SiteCrawlTests</c>.
/// </summary>
/// <remarks>
/// Its own collection (and so its own Chromium): it runs beside the journey tests, not after them.
/// </remarks>
[Collection("crawl")]
public sealed class SiteCrawlTests(BrowserFixture browser, DemoBrowserAppFactory app, ITestOutputHelper output) : IClassFixture<DemoBrowserAppFactory>
{
    private static readonly string[] Languages = ["nl", "de", "en"];

    /// <summary>The roles in crawl order; each starts in another language, so every language gets its share of the axe checks.</summary>
    private static readonly (string Role, string? Email)[] Roles =
    [
        ("anonymous", null),
        ("coach", DemoAccounts.Coach),
        ("lead", DemoAccounts.Lead),
        ("adviser", DemoAccounts.Adviser),
        ("referrer", DemoAccounts.Referrer),
        ("administrator", DemoAccounts.Admin),
    ];

    private static readonly Lock CrawlLock = new();
    private static Task<SiteCrawl>? _crawl;

    [Theory]
    [InlineData("anonymous")]
    [InlineData("coach")]
    [InlineData("lead")]
    [InlineData("adviser")]
    [InlineData("referrer")]
    [InlineData("administrator")]
    public async Task EveryReachablePage_HasNoAxeViolationsAndNoHtmlErrors(string role)
    {
        var crawl = await CrawlOnceAsync();
        var pages = crawl.Pages.Where(p => p.Role == role).ToList();
        // An error vnu could not tie to a saved page (it should not happen) counts against every role.
        var htmlErrors = crawl.HtmlErrors.Where(e => e.Page is null || e.Page.Role == role).ToList();
        output.WriteLine(crawl.Summary);
        output.WriteLine($"{role}: {pages.Count} pages fetched, {pages.Count(p => p.AxeChecked)} checked with axe, {pages.Count(p => p.IsHtmlChecked)} with the HTML checker");
        foreach (var group in pages.GroupBy(p => p.Language))
        {
            output.WriteLine($"  {group.Key} axe: " + string.Join(" ", group.Where(p => p.AxeChecked).Select(p => p.Template)));
            output.WriteLine($"  {group.Key} html: " + string.Join(" ", group.Where(p => p.IsHtmlChecked).Select(p => p.Template)));
        }

        foreach (var language in Languages)
        {
            // Each language must have reached more than the start page, or the crawl checked nothing.
            Assert.True(pages.Count(p => p.Language == language) > 1, $"{role} in {language}: the crawl reached only the start page.");
        }

        Assert.True(pages.All(p => p.Violations.Count == 0) && htmlErrors.Count == 0, Describe(role, pages, htmlErrors));
    }

    /// <summary>Checking each template once must still check every template: axe on each, its HTML in each language it was reached in.</summary>
    [Fact]
    public async Task EveryRouteTemplateReached_IsCheckedWithAxeAndItsHtmlInEveryLanguage()
    {
        var crawl = await CrawlOnceAsync();
        var reached = crawl.Pages.Select(p => SiteCrawler.CoverageKey(p.Template, p.Role)).ToHashSet();
        var axeChecked = crawl.Pages.Where(p => p.AxeChecked).Select(p => SiteCrawler.CoverageKey(p.Template, p.Role)).ToList();
        var reachedPerLanguage = crawl.Pages.Select(p => (p.Language, Key: SiteCrawler.CoverageKey(p.Template, p.Role))).ToHashSet();
        var htmlChecked = crawl.Pages.Where(p => p.IsHtmlChecked).Select(p => (p.Language, Key: SiteCrawler.CoverageKey(p.Template, p.Role))).ToList();

        Assert.Equal(reached.Order(), axeChecked.Order());
        Assert.Equal(reachedPerLanguage.Order(), htmlChecked.Order());
        // Every language has its share of the axe checks, so the layout is checked in each.
        Assert.All(Languages, l => Assert.Contains(crawl.Pages, p => p.AxeChecked && p.Language == l));
    }

    [Fact]
    public async Task HtmlChecker_OnBrokenMarkup_ReportsTheErrorWithThePageAddress()
    {
        var broken = "<!DOCTYPE html><html lang=\"nl\"><head><title>t</title></head><body><input type=\"file\" value=\"x\"></body></html>";
        var valid = "<!DOCTYPE html><html lang=\"nl\"><head><title>t</title></head><body><p>ok</p></body></html>";

        var errors = await HtmlChecker.CheckAsync([("http://app/broken", broken), ("http://app/valid", valid)]);

        var error = Assert.Single(errors);
        Assert.Equal("http://app/broken", error.Url);
        Assert.Contains("value", error.Message);
    }

    [Theory]
    [InlineData("/participants/42/plan", "/participants/{id}/plan")]
    [InlineData("/vacancies/3f2504e0-4f89-11d3-9a0c-0305e82c3301/", "/vacancies/{id}")]
    [InlineData("/", "/")]
    public void TemplateOf_ReplacesRecordIdsSoOnePagePerRouteIsVisited(string path, string template) =>
        Assert.Equal(template, SiteCrawler.TemplateOf(path));

    [Fact]
    public void LinksIn_FindsSameOriginAnchorsWithEntitiesDecodedAndRelativePathsResolved()
    {
        var html = "<a class=\"x\" href=\"/participants/7?tab=plan&amp;page=2\">a</a> <A HREF='plan'>b</A> <a href=https://elsewhere.test/>c</a> <link href=\"/css/site.css\">";

        var links = SiteCrawler.LinksIn(html, new Uri("http://127.0.0.1:5000/participants/7/")).Select(u => u.PathAndQuery).ToList();

        Assert.Equal(["/participants/7?tab=plan&page=2", "/participants/7/plan"], links);
    }

    private Task<SiteCrawl> CrawlOnceAsync()
    {
        lock (CrawlLock)
        {
            return _crawl ??= SiteCrawl.RunAsync(browser, app);
        }
    }

    private static string Describe(string role, IReadOnlyList<CrawledPage> pages, IReadOnlyList<(CrawledPage? Page, HtmlError Error)> htmlErrors)
    {
        var text = new StringBuilder($"Crawl as {role}: ");
        var violations = pages.SelectMany(p => p.Violations.SelectMany(v => v.Nodes.Select(n => (Page: p, Rule: v, Node: n)))).ToList();
        text.Append($"{violations.Count} axe violation(s), {htmlErrors.Count} HTML error(s)");
        foreach (var (page, rule, node) in violations)
        {
            text.AppendLine().Append($"- axe {rule.Id} [{rule.Impact}] on {page.Url} ({page.Role}, {page.Language}): target {node.Target} — {rule.Help}");
        }

        foreach (var (page, error) in htmlErrors)
        {
            text.AppendLine().Append($"- html on {(page is null ? error.Url : $"{page.Url} ({page.Role}, {page.Language})")} line {error.Line}: {error.Message} — {error.Extract?.ReplaceLineEndings(" ")}");
        }

        return text.ToString();
    }

    /// <summary>The findings of one crawl over all roles and languages.</summary>
    private sealed record SiteCrawl(IReadOnlyList<CrawledPage> Pages, IReadOnlyList<(CrawledPage? Page, HtmlError Error)> HtmlErrors, string Summary)
    {
        public static async Task<SiteCrawl> RunAsync(BrowserFixture browser, DemoBrowserAppFactory app)
        {
            var watch = Stopwatch.StartNew();
            var coverage = new CrawlCoverage();
            var pages = new List<CrawledPage>();
            for (var i = 0; i < Roles.Length; i++)
            {
                var (role, email) = Roles[i];
                var (context, page) = await browser.NewPageAsync(app.ServerAddress);
                await using var _ = context;
                if (email is not null)
                {
                    await BrowserFixture.LoginAsync(page, app.ServerAddress, email);
                }

                var languages = Languages.Skip(i % Languages.Length).Concat(Languages.Take(i % Languages.Length)).ToList();
                pages.AddRange(await SiteCrawler.CrawlAsync(context, page, app.ServerAddress, role, languages, coverage));
            }

            var crawlTime = watch.Elapsed;
            var checkedPages = pages.Where(p => p.IsHtmlChecked).ToList();
            var labelled = checkedPages.ToDictionary(p => $"{p.Url} [{p.Language}, {p.Role}]");
            var errors = await HtmlChecker.CheckAsync(labelled.Select(l => (l.Key, l.Value.Html!)).ToList());
            var summary = $"Crawl of {Roles.Length} roles × {Languages.Length} languages: {pages.Count} pages fetched, " +
                $"{pages.Count(p => p.AxeChecked)} checked with axe, in {crawlTime.TotalSeconds:F0} s; " +
                $"{checkedPages.Count} pages through the HTML checker in {(watch.Elapsed - crawlTime).TotalSeconds:F0} s";
            return new SiteCrawl(pages, [.. errors.Select(e => (labelled.GetValueOrDefault(e.Url), e))], summary);
        }
    }
}

[CollectionDefinition("crawl")]
public sealed class CrawlCollection : ICollectionFixture<BrowserFixture>;
