using System.Net;
using System.Text.RegularExpressions;
using Jobportunities.Benchmarks;
using Jobportunities.Core.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.LoadHarness;

/// <summary>One page under load: a GET with a role's cookie, or a POST made by a wrk Lua script.</summary>
public sealed record HarnessPage(string Name, string Path, string? Cookie = null, string? Script = null, bool IsReference = false, double? MinRatio = null, double? MinPerSecond = null);

/// <summary>Who signs in, which records the pages show, and the pages themselves.</summary>
public static partial class Scenario
{
    public const string Coach = "coach@jobportunities.test";
    public const string Lead = "lead@jobportunities.test";
    public const string Adviser = "adviser@jobportunities.test";
    public const string Referrer = "referrer@jobportunities.test";
    public const string Password = "Demo-jobs-2026!";
    public const string ApiKey = "dev-uwv-emmen";

    /// <summary>The demo coach gets 60 participants of the generated programme (a realistic caseload); the demo staff become its members.</summary>
    public static async Task GiveDemoStaffACaseloadAsync(string file)
    {
        await using var db = BenchmarkDatabase.Open(file);
        var main = await db.Programmes.Where(p => p.Code == BenchmarkDatabase.MainCode).Select(p => p.Id).SingleAsync();
        var staff = await db.Users.Where(u => u.Email == Coach || u.Email == Lead || u.Email == Adviser).ToDictionaryAsync(u => u.Email!, u => u.Id);
        foreach (var userId in staff.Values)
        {
            if (!await db.ProgrammeMembers.AnyAsync(m => m.ProgrammeId == main && m.UserId == userId))
            {
                db.ProgrammeMembers.Add(new ProgrammeMember(main, userId));
            }
        }

        await db.SaveChangesAsync();
        var coachId = staff[Coach];
        var ids = await db.Participants.Where(p => p.ProgrammeId == main).OrderBy(p => p.Id).Select(p => p.Id).Take(60).ToListAsync();
        await db.Participants.Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.CoachId, coachId));
    }

    public static async Task<IReadOnlyList<HarnessPage>> PagesAsync(string baseUrl, string file)
    {
        await using var db = BenchmarkDatabase.Open(file);
        var coachId = await db.Users.Where(u => u.Email == Coach).Select(u => u.Id).SingleAsync();
        var main = await db.Programmes.Where(p => p.Code == BenchmarkDatabase.MainCode).Select(p => p.Id).SingleAsync();
        // The demo coach's fullest file in the generated programme: placements and a plan.
        var participant = await db.Participants.Where(p => p.CoachId == coachId && p.ProgrammeId == main)
            .OrderByDescending(p => db.PlanInstruments.Count(i => i.ParticipantId == p.Id) + db.Placements.Count(x => x.ParticipantId == p.Id))
            .Select(p => p.Id).FirstAsync();
        var vacancy = await db.Vacancies.OrderBy(v => v.Id).Select(v => (int?)v.Id).FirstOrDefaultAsync();

        var coach = await SignInAsync(baseUrl, Coach);
        var lead = await SignInAsync(baseUrl, Lead);
        var referrer = await SignInAsync(baseUrl, Referrer);
        var intakeScript = await IntakeScriptAsync(baseUrl);
        var apiScript = ApiScript();
        List<HarnessPage> pages =
        [
            new("reference (Fortunes-style)", "/harness/fortunes", IsReference: true),
            new("coach /participants", "/participants", coach, MinRatio: 0.5),
            new("coach /participants/{id}", $"/participants/{participant}", coach, MinRatio: 0.3),
            new("coach /participants/{id}/plan", $"/participants/{participant}/plan", coach, MinRatio: 0.2),
            new("coach /participants/{id}/placements", $"/participants/{participant}/placements", coach, MinRatio: 0.2),
            new("coach / (start, signals)", "/", coach, MinRatio: 0.2),
            new("coach /signals", "/signals", coach, MinRatio: 0.2),
            new("coach /durable-checks", "/durable-checks", coach, MinRatio: 0.2),
            new("coach /vacancies/{id}/matches", $"/vacancies/{vacancy}/matches", coach, MinRatio: 0.2),
            new("lead /intake-queue", "/intake-queue", lead, MinRatio: 0.2),
            new("lead /programmes/{code}/dashboard", "/programmes/new-jobportunities-2/dashboard", lead),
            new("referrer /referrals", "/referrals", referrer, MinRatio: 0.2),
            new("public intake form GET", "/intake/new-jobportunities-2"),
            new("public intake form POST", "/intake/new-jobportunities-2", Script: intakeScript, MinPerSecond: 200),
            new("referral API POST", "/api/v1/referrals", Script: apiScript, MinPerSecond: 300),
        ];
        return vacancy is null ? pages.Where(p => !p.Path.StartsWith("/vacancies", StringComparison.Ordinal)).ToList() : pages;
    }

    /// <summary>One request per GET page before the rounds: a page that does not answer 200 would measure an error page.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(string baseUrl, IReadOnlyList<HarnessPage> pages)
    {
        using var http = Client(baseUrl);
        var problems = new List<string>();
        foreach (var page in pages.Where(p => p.Script is null))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, page.Path);
            if (page.Cookie is not null)
            {
                request.Headers.Add("Cookie", page.Cookie);
            }

            var response = await http.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{page.Name}: {(int)response.StatusCode}");
            }
        }

        return problems;
    }

    /// <summary>Signs in through the login form and returns the cookies as one Cookie header.</summary>
    public static async Task<string> SignInAsync(string baseUrl, string email)
    {
        var cookies = new Dictionary<string, string>();
        using var http = Client(baseUrl);
        var token = Token(await GetAsync(http, "/account/login", cookies));
        var post = await SendAsync(http, HttpMethod.Post, "/account/login", cookies, new FormUrlEncodedContent(
            [new("Form.Email", email), new("Form.Password", Password), new("__RequestVerificationToken", token)]));
        if (post.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)post.StatusCode}");
        }

        return CookieHeader(cookies);
    }

    /// <summary>A wrk script posting the public form with a real antiforgery token and a new submission key per request.</summary>
    private static async Task<string> IntakeScriptAsync(string baseUrl)
    {
        var cookies = new Dictionary<string, string>();
        using var http = Client(baseUrl);
        var html = await GetAsync(http, "/intake/new-jobportunities-2", cookies);
        var fields = Inputs().Matches(html).Select(m => m.Value).Where(i => i.Contains("type=\"hidden\"", StringComparison.Ordinal))
            .Select(i => (Name: AttributeValue("name", i), Value: AttributeValue("value", i))).Where(i => i.Name.Length > 0)
            .GroupBy(i => i.Name).ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Value));
        fields.Remove("Form.SubmissionKey");
        fields.Remove("Form.Website");
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["Form.GivenName"] = "Belasting", ["Form.FamilyName"] = "Proef", ["Form.BirthDate"] = "1985-04-12", ["Form.Gender"] = "Female",
            ["Form.Email"] = "belasting.proef@example.test", ["Form.Phone"] = "06 12345678", ["Form.Street"] = "Hoofdstraat", ["Form.HouseNumber"] = "12",
            ["Form.Postcode"] = "7811 AB", ["Form.City"] = "Emmen", ["Form.Country"] = "NL", ["Form.Benefit"] = "none", ["Form.Education"] = "UpperSecondary",
            ["Form.StartQualification"] = "yes", ["Form.SectorWishes"] = "Care", ["Form.HoursPerWeekWish"] = "24", ["Form.HeardVia"] = "SocialMedia",
            ["Form.ConsentPrivacy"] = "true", ["Form.ConsentEmployers"] = "true", ["Form.Indicators.LabourMarketStatus"] = "Inactive",
        })
        {
            fields[name] = value;
        }

        var body = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
        // One checked post first: a 302 to the confirmation, not the form shown again with errors.
        var check = await SendAsync(http, HttpMethod.Post, "/intake/new-jobportunities-2", cookies,
            new StringContent(body + "&Form.SubmissionKey=" + Guid.NewGuid(), System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        if (check.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The intake post is refused ({(int)check.StatusCode}); the harness's form fields need updating.");
        }

        return Lua("POST", "application/x-www-form-urlencoded", CookieHeader(cookies), null,
            $"\"{body}&Form.SubmissionKey=\" .. guid()");
    }

    private static string ApiScript() =>
        Lua("POST", "application/json", null, ApiKey,
            "'{\"programme\":\"new-jobportunities-2\",\"externalReference\":\"LOAD-' .. guid() .. '\",\"givenName\":\"Anna\",\"familyName\":\"Mulder\","
            + "\"birthDate\":\"1985-04-23\",\"email\":\"anna.mulder@example.test\",\"phone\":\"06 12345678\",\"postcode\":\"7811 AB\",\"country\":\"NL\","
            + "\"benefit\":\"none\",\"reason\":\"Wil graag weer aan het werk.\"}'");

    private static string Lua(string method, string contentType, string? cookie, string? apiKey, string bodyExpression)
    {
        var file = Path.Combine(Path.GetTempPath(), $"jobportunities-load-{Guid.NewGuid():N}.lua");
        File.WriteAllText(file, $$"""
            wrk.method = "{{method}}"
            wrk.headers["Content-Type"] = "{{contentType}}"
            {{(cookie is null ? "" : $"wrk.headers[\"Cookie\"] = \"{cookie}\"")}}
            {{(apiKey is null ? "" : $"wrk.headers[\"X-Api-Key\"] = \"{apiKey}\"")}}
            math.randomseed(os.time())
            local n = 0
            function guid()
              n = n + 1
              return string.format("%08x-%04x-4%03x-8%03x-%012x", math.random(0, 0x7fffffff), math.random(0, 0xffff), math.random(0, 0xfff), math.random(0, 0xfff), n)
            end
            request = function()
              return wrk.format(nil, nil, nil, {{bodyExpression}})
            end
            """);
        return file;
    }

    /// <summary>
    /// The role's cookies as the app renews them: one GET of the page with the cookies, taking any cookie
    /// it sets. The app re-validates a session's security stamp once a minute and then issues a new
    /// cookie; wrk never sends that back, so without this every request after the first minute would
    /// repeat the full re-validation (user, roles and claims read again), which no browser does.
    /// </summary>
    public static async Task<string> RenewAsync(string baseUrl, string cookie, string path)
    {
        var cookies = cookie.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.Split('=', 2)).Where(c => c.Length == 2).ToDictionary(c => c[0], c => c[1]);
        using var http = Client(baseUrl);
        await GetAsync(http, path, cookies);
        return CookieHeader(cookies);
    }

    private static HttpClient Client(string baseUrl) =>
        new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };

    private static async Task<string> GetAsync(HttpClient http, string path, Dictionary<string, string> cookies) =>
        await (await SendAsync(http, HttpMethod.Get, path, cookies, null)).Content.ReadAsStringAsync();

    /// <summary>Cookies by hand: the app marks them Secure outside Development, and this is plain loopback HTTP.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, Dictionary<string, string> cookies, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", CookieHeader(cookies));
        }

        var response = await http.SendAsync(request);
        foreach (var setCookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = setCookie.Split(';')[0];
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            cookies[pair[..eq]] = pair[(eq + 1)..];
        }

        return response;
    }

    private static string CookieHeader(Dictionary<string, string> cookies) => string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));

    private static string Token(string html) => WebUtility.HtmlDecode(TokenInput().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    private static string AttributeValue(string name, string input) => Regex.Match(input, $"\\b{name}=\"([^\"]*)\"").Groups[1].Value;

    [GeneratedRegex("<input[^>]+>")]
    private static partial Regex Inputs();
}
