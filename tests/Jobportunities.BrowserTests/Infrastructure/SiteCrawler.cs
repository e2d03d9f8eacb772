using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Jobportunities.BrowserTests.Infrastructure;

/// <summary>One page the crawl visited: where, as whom, in which language, the HTML the server sent and what axe found.</summary>
/// <summary>A page the crawl visited; <see cref="Html"/> is null when another role already checked its route template.</summary>
public sealed record CrawledPage(string Url, string Role, string Language, string? Html, IReadOnlyList<AxeResultItem> Violations)
{
    public bool IsChecked => Html is not null;
}

/// <summary>
/// Walks the site as one signed-in (or anonymous) browser context: starts at <c>/</c>, follows every
/// same-origin GET link breadth-first and visits one page per route template (numbers and GUIDs in the
/// path stand for "a record", the query is ignored), then runs axe-core (WCAG 2.1 A/AA) on each.
/// Forms are never submitted, so sign-out and other POST buttons are never pressed.
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

    /// <summary>Visits, in the context's language, every page reachable from <c>/</c>; pages that are files (downloads) are skipped.</summary>
    public static async Task<IReadOnlyList<CrawledPage>> CrawlAsync(IPage page, string baseUrl, string role, string language, ISet<string>? checkedTemplates = null)
    {
        var origin = new Uri(baseUrl);
        var seenTemplates = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        Enqueue("/");
        var pages = new List<CrawledPage>();

        while (queue.Count > 0 && pages.Count < MaxPagesPerLanguage)
        {
            var pathAndQuery = queue.Dequeue();
            IResponse? response;
            try
            {
                response = await page.GotoAsync(pathAndQuery, new() { WaitUntil = WaitUntilState.Load });
            }
            catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal))
            {
                continue;
            }

            if (response is null || !(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // A page out of reach redirects to the login or answers 403/404: those are not this role's pages.
            var landed = new Uri(page.Url);
            if (response.Status >= 400 || landed.AbsolutePath.StartsWith("/account/denied", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // One representative page per route template and language across roles (the start page excepted,
            // which differs per role): a template another role has checked is only followed for its links.
            var template = TemplateOf(landed.AbsolutePath);
            if (checkedTemplates is null || template == "/" || checkedTemplates.Add(template))
            {
                var html = await response.TextAsync();
                var axe = await page.RunAxe(new AxeRunOptions
                {
                    RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AxeCheck.WcagTags] },
                    ResultTypes = [ResultType.Violations],
                });
                pages.Add(new CrawledPage(page.Url, role, language, html, axe.Violations));
            }
            else
            {
                pages.Add(new CrawledPage(page.Url, role, language, null, []));
            }

            // The redirect target is a page in its own right (e.g. the login page): mark it seen.
            seenTemplates.Add(TemplateOf(landed.AbsolutePath));
            var hrefs = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.href)");
            foreach (var href in hrefs)
            {
                if (Uri.TryCreate(href, UriKind.Absolute, out var uri)
                    && uri.Scheme == origin.Scheme && uri.Host == origin.Host && uri.Port == origin.Port)
                {
                    Enqueue(uri.PathAndQuery);
                }
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

    private static bool HasFileExtension(string path)
    {
        var last = path[(path.LastIndexOf('/') + 1)..];
        var dot = last.LastIndexOf('.');
        return dot > 0 && dot < last.Length - 1 && !IdSegment().IsMatch(last);
    }

    [GeneratedRegex(@"^(\d+|[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12})$")]
    private static partial Regex IdSegment();
}
