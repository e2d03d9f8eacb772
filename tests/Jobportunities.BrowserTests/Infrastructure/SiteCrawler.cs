using System.Net;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Jobportunities.BrowserTests.Infrastructure;

/// <summary>
/// One page the crawl fetched: where, as whom, in which language, its route template, the HTML the server
/// sent when this page is the one the HTML checker reads for its template and language (null otherwise),
/// and, when this page is the one axe ran on for its template, what axe found.
/// </summary>
public sealed record CrawledPage(string Url, string Role, string Language, string Template, string? Html, bool AxeChecked, IReadOnlyList<AxeResultItem> Violations)
{
    public bool IsHtmlChecked => Html is not null;
}

/// <summary>
/// What one crawl over all roles and languages has checked so far: a route template is checked with axe
/// once (in whichever role and language reaches it first), its HTML once per language. The start page
/// <c>/</c> differs per role, so it counts as a template of its own for each role.
/// </summary>
public sealed class CrawlCoverage
{
    private readonly HashSet<string> _axe = new(StringComparer.Ordinal);
    private readonly HashSet<string> _html = new(StringComparer.Ordinal);

    /// <summary>True the first time this template (of this role, for the start page) is offered.</summary>
    public bool ClaimAxe(string key)
    {
        lock (_axe)
        {
            return _axe.Add(key);
        }
    }

    /// <summary>True the first time this template (of this role, for the start page) is offered in this language.</summary>
    public bool ClaimHtml(string key, string language)
    {
        lock (_html)
        {
            return _html.Add(language + " " + key);
        }
    }
}

/// <summary>
/// Walks the site as one signed-in (or anonymous) browser context, in each language in turn: starts at
/// <c>/</c>, follows every same-origin link (<c>a href</c>) breadth-first and fetches one page per route
/// template (numbers and GUIDs in the path stand for "a record", the query is ignored). Every page is
/// fetched with the context's own cookies (sign-in, language) through Playwright's request API, which
/// reads the server's HTML without rendering it; only the pages axe-core has to check are loaded and
/// rendered in the browser tab (with their stylesheets, so colour contrast is real). Forms are never
/// submitted, so sign-out and other POST buttons are never pressed.
/// </summary>
public static partial class SiteCrawler
{
    /// <summary>Paths never followed: the language switch and sign-out are POSTs anyway; these are files or machine endpoints.</summary>
    private static readonly string[] SkippedPrefixes = ["/lib/", "/css/", "/js/", "/img/", "/images/", "/favicon", "/api/", "/culture", "/account/logout", "/health"];

    /// <summary>A safety net against a link generator that makes endless distinct templates.</summary>
    private const int MaxPagesPerLanguage = 200;

    /// <summary>The route template of a path: each number or GUID segment becomes <c>{id}</c>.</summary>
    public static string TemplateOf(string path)
    {
        var segments = path.TrimEnd('/').Split('/').Select(s => IdSegment().IsMatch(s) ? "{id}" : s);
        var template = string.Join('/', segments);
        return template.Length == 0 ? "/" : template.ToLowerInvariant();
    }

    /// <summary>The key under which a template is checked once: the start page is a different page for every role.</summary>
    public static string CoverageKey(string template, string role) => template == "/" ? $"/ ({role})" : template;

    /// <summary>Every same-origin link target (<c>a href</c>) in an HTML text, resolved against the page's address.</summary>
    public static IEnumerable<Uri> LinksIn(string html, Uri page)
    {
        foreach (Match match in AnchorHref().Matches(html))
        {
            var raw = match.Groups["dq"].Success ? match.Groups["dq"].Value
                : match.Groups["sq"].Success ? match.Groups["sq"].Value
                : match.Groups["bare"].Value;
            if (Uri.TryCreate(page, WebUtility.HtmlDecode(raw).Trim(), out var uri)
                && uri.Scheme == page.Scheme && uri.Host == page.Host && uri.Port == page.Port)
            {
                yield return uri;
            }
        }
    }

    /// <summary>
    /// Visits, in each language in turn, every page reachable from <c>/</c>; pages that are files (downloads),
    /// out of reach (403/404, the denied page) or not HTML are skipped. Axe runs on a page whose template
    /// <paramref name="coverage"/> has not had axe yet; its HTML is kept when the template has not been kept
    /// in that language yet.
    /// </summary>
    public static async Task<IReadOnlyList<CrawledPage>> CrawlAsync(IBrowserContext context, IPage page, string baseUrl, string role, IReadOnlyList<string> languages, CrawlCoverage coverage)
    {
        var pages = new List<CrawledPage>();
        foreach (var language in languages)
        {
            await context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = ".AspNetCore.Culture", Value = Uri.EscapeDataString($"c={language}|uic={language}"), Url = baseUrl }]);
            pages.AddRange(await CrawlLanguageAsync(context, page, baseUrl, role, language, coverage));
        }

        return pages;
    }

    private static async Task<List<CrawledPage>> CrawlLanguageAsync(IBrowserContext context, IPage page, string baseUrl, string role, string language, CrawlCoverage coverage)
    {
        var origin = new Uri(baseUrl);
        var seenTemplates = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        Enqueue("/");
        var pages = new List<CrawledPage>();

        while (queue.Count > 0 && pages.Count < MaxPagesPerLanguage)
        {
            var pathAndQuery = queue.Dequeue();
            var response = await context.APIRequest.GetAsync(origin.GetLeftPart(UriPartial.Authority) + pathAndQuery);
            var (status, landed) = (response.Status, new Uri(response.Url));
            var html = IsHtml(response) ? await response.TextAsync() : null;
            await response.DisposeAsync();

            // A page out of reach redirects to the login or answers 403/404: those are not this role's pages.
            if (html is null || status >= 400 || landed.AbsolutePath.StartsWith("/account/denied", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // The redirect target is a page in its own right (e.g. the login page): mark it seen.
            var template = TemplateOf(landed.AbsolutePath);
            seenTemplates.Add(template);
            var key = CoverageKey(template, role);

            IReadOnlyList<AxeResultItem> violations = [];
            var axeChecked = coverage.ClaimAxe(key);
            if (axeChecked)
            {
                // Rendered in the tab, stylesheets and scripts loaded: what a person sees is what axe checks.
                await page.GotoAsync(landed.PathAndQuery, new() { WaitUntil = WaitUntilState.Load });
                var axe = await page.RunAxe(new AxeRunOptions
                {
                    RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AxeCheck.WcagTags] },
                    ResultTypes = [ResultType.Violations],
                });
                violations = axe.Violations;
            }

            pages.Add(new CrawledPage(landed.ToString(), role, language, template, coverage.ClaimHtml(key, language) ? html : null, axeChecked, violations));
            foreach (var link in LinksIn(html, landed))
            {
                Enqueue(link.PathAndQuery);
            }
        }

        return pages;

        void Enqueue(string pathAndQuery)
        {
            var path = pathAndQuery.Split('?')[0];
            if (SkippedPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)) || HasFileExtension(path))
            {
                return;
            }

            if (seenTemplates.Add(TemplateOf(path)))
            {
                queue.Enqueue(pathAndQuery);
            }
        }
    }

    private static bool IsHtml(IAPIResponse response) =>
        response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);

    private static bool HasFileExtension(string path)
    {
        var last = path[(path.LastIndexOf('/') + 1)..];
        var dot = last.LastIndexOf('.');
        return dot > 0 && dot < last.Length - 1 && !IdSegment().IsMatch(last);
    }

    [GeneratedRegex(@"^(\d+|[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12})$")]
    private static partial Regex IdSegment();

    [GeneratedRegex(@"<a\b[^>]*?\shref\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s>""']+))", RegexOptions.IgnoreCase)]
    private static partial Regex AnchorHref();
}
