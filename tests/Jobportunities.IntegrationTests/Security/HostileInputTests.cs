using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Jobportunities.Web.Demo;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Jobportunities.IntegrationTests.Security;

/// <summary>
/// A fixed corpus of hostile values against every POST form the pages offer and against the JSON
/// API. Pass: never a 5xx, never an empty error body, a refused form shows what was typed (encoded),
/// no script comes back unencoded, and every stored value fits its column (lengths from the EF model).
/// </summary>
public partial class HostileInputTests(MatrixFactory factory, ITestOutputHelper output) : IClassFixture<MatrixFactory>
{
    private const string LoneSurrogate = "\uD800";

    /// <summary>The corpus; every entry goes into every text field of every form at least once.</summary>
    public static readonly IReadOnlyList<(string Name, string Value)> Corpus =
    [
        ("10,000 characters", new string('x', 10_000)),
        ("NUL", "Anna\0Mulder"),
        ("control characters", "\u0001\u0007\u001B[31mrood"),
        ("RTL override", "\u202Eexe.tnemucod"),
        ("lone surrogate", LoneSurrogate),
        ("emoji", "Zoë 😀👩‍👩‍👧"),
        ("script", "<script>alert(1)</script>"),
        ("SQL", "Robert'); DROP TABLE Participants;-- \" OR 1=1"),
        ("impossible date", "2026-02-30"),
        ("wrong type", "-99999999999999999999.5e309"),
        ("blank", "   "),
        ("empty", ""),
    ];

    /// <summary>Pages whose POST forms are attacked, and as whom (the role that may use them).</summary>
    private static readonly (MatrixRole Role, string Page)[] Pages =
    [
        (MatrixRole.Anonymous, "/intake/{programme}"),
        (MatrixRole.Anonymous, "/account/login"),
        (MatrixRole.CoachOfFile, "/participants/{participant}"),
        (MatrixRole.CoachOfFile, "/participants/{participant}/plan"),
        (MatrixRole.CoachOfFile, "/participants/{participant}/placements"),
        (MatrixRole.CoachOfFile, "/intake-queue/{application}"),
        (MatrixRole.CoachOfFile, "/durable-checks/{durableCheck}"),
        (MatrixRole.CoachOfFile, "/vacancies/{vacancy}/matches"),
        (MatrixRole.Referrer, "/referrals/new"),
        (MatrixRole.Lead, "/participants/{participant}"),
        (MatrixRole.Lead, "/stand-ins"),
        (MatrixRole.Lead, "/programmes/{programme}/edit"),
        (MatrixRole.Lead, "/employers/new"),
        (MatrixRole.Lead, "/employers/{employer}"),
        (MatrixRole.Lead, "/employers/{employer}/edit"),
        (MatrixRole.Lead, "/employers/{employer}/vacancies/new"),
        (MatrixRole.Lead, "/vacancies/{vacancy}"),
        (MatrixRole.Lead, "/vacancies/{vacancy}/edit"),
        (MatrixRole.Lead, "/matching-events/new"),
        (MatrixRole.Lead, "/matching-events/{event}"),
        (MatrixRole.Administrator, "/training-providers/new"),
        (MatrixRole.Administrator, "/training-providers/{provider}/edit"),
        (MatrixRole.Administrator, "/training-providers/{provider}/courses/new"),
        (MatrixRole.Administrator, "/training-providers/{provider}/courses/{course}"),
        (MatrixRole.Administrator, "/instruments/new"),
        (MatrixRole.Administrator, "/instruments/{instrument}"),
        (MatrixRole.Administrator, "/admin/users/new"),
        (MatrixRole.Administrator, "/admin/users/{user}"),
        (MatrixRole.Administrator, "/admin/organisations/new"),
        (MatrixRole.Administrator, "/admin/organisations/{organisation}"),
        (MatrixRole.Administrator, "/admin/organisations/{organisation}/keys/{key}/revoke"),
    ];

    /// <summary>POST endpoints not reached through a page form here, and why.</summary>
    private static readonly HashSet<string> NotFromPages =
    [
        "POST account/logout", // ends the session the run uses; it reads no fields
        "POST referrals/upload", // a file upload: its CSV parser has its own hostile tests
        "POST api/v1/referrals", // the JSON API: attacked below
    ];

    [Fact]
    public async Task EveryForm_AndTheApi_SurviveTheCorpus_WithoutServerErrors()
    {
        var world = await MatrixWorld.ArrangeAsync(factory);
        var failures = new List<string>();
        var posts = 0;
        var serverErrors = 0;

        // The API first: the revoke form at the end of the pages revokes the key it uses.
        (posts, serverErrors) = await AttackApiAsync(failures, posts, serverErrors);

        var templates = AuthorizationMatrixTests.AppEndpoints(factory).Where(e => e.StartsWith("POST ", StringComparison.Ordinal)).ToList();
        var forms = new List<(MatrixRole Role, string Page, HtmlForm Form)>();
        foreach (var (role, page) in Pages)
        {
            var url = world.Fill(page);
            var response = await world.Client(role).GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} as {role}: {(int)response.StatusCode}");
            foreach (var form in HtmlForm.Parse(await response.Content.ReadAsStringAsync(), url))
            {
                // One form per endpoint: the same form for another record adds time, not coverage.
                var template = Template(templates, form.Action) ?? form.Action;
                if (form.Action.EndsWith("/account/logout", StringComparison.Ordinal)
                    || forms.Any(f => (Template(templates, f.Form.Action) ?? f.Form.Action) == template))
                {
                    continue;
                }

                forms.Add((role, url, form));
            }
        }

        var covered = new HashSet<string>();
        foreach (var (role, page, form) in forms)
        {
            covered.Add(Template(templates, form.Action) ?? "POST " + form.Action);
            var client = world.Client(role);
            var token = form.Fields.FirstOrDefault(f => f.Name == "__RequestVerificationToken").Value ?? world.Token(role);
            var attempts = Corpus.Select(c => (c.Name, Body: form.Body(token, textValue: c.Value), Kept: c.Value)).ToList();
            attempts.Add(("wrong types in choices", form.Body(token, choiceValue: "abc"), ""));
            attempts.Add(("impossible date in choices", form.Body(token, choiceValue: "2026-02-30"), ""));
            foreach (var (name, body, kept) in attempts)
            {
                var response = await client.PostAsync(form.Action, new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
                posts++;
                var text = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                if (status >= 500)
                {
                    serverErrors++;
                    failures.Add($"{form.Action} ({name}) as {role}: {status}");
                }
                else if (status >= 400 && text.Length == 0)
                {
                    failures.Add($"{form.Action} ({name}) as {role}: {status} with an empty body");
                }

                if (text.Contains("<script>alert(1)", StringComparison.Ordinal))
                {
                    failures.Add($"{form.Action} ({name}) as {role}: the script came back unencoded");
                }

                if (status == 200 && form.HasVisibleTextField && form.Action == page && name is "script" or "SQL" or "10,000 characters"
                    && !WebUtility.HtmlDecode(text).Contains(kept, StringComparison.Ordinal))
                {
                    failures.Add($"{form.Action} ({name}) as {role}: refused without showing what was typed");
                }
            }

            // Bodies over the limit, and bodies that are no form at all.
            var big = await client.PostAsync(form.Action, new StringContent(form.Body(token, textValue: new string('y', 2 * 1024 * 1024)), Encoding.UTF8, "application/x-www-form-urlencoded"));
            var plain = await client.PostAsync(form.Action, new StringContent("just text", Encoding.UTF8, "text/plain"));
            var none = await client.PostAsync(form.Action, null);
            posts += 3;
            foreach (var (name, response) in new[] { ("2 MB body", big), ("text/plain", plain), ("no body", none) })
            {
                var status = (int)response.StatusCode;
                if (status >= 500)
                {
                    serverErrors++;
                    failures.Add($"{form.Action} ({name}) as {role}: {status}");
                }
                else if (status >= 400 && (await response.Content.ReadAsStringAsync()).Length == 0)
                {
                    failures.Add($"{form.Action} ({name}) as {role}: {status} with an empty body");
                }
            }
        }

        var uncovered = templates.Except(covered).Except(NotFromPages).Order().ToList();
        output.WriteLine($"POST endpoints without a form on the pages attacked (covered by the matrix only): {string.Join(", ", uncovered)}");
        failures.AddRange(await OverlongStoredValuesAsync());

        output.WriteLine($"{forms.Count} forms, {posts} posts, {Corpus.Count} corpus entries: {serverErrors} server errors");
        Assert.True(failures.Count == 0, $"{failures.Count} problems:\n" + string.Join("\n", failures.Distinct().Take(200)));
    }

    private async Task<(int Posts, int ServerErrors)> AttackApiAsync(List<string> failures, int posts, int serverErrors)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", DemoApiKeys.UwvEmmen);
        string[] fields = ["programme", "externalReference", "givenName", "familyName", "birthDate", "email", "phone", "postcode", "country", "benefit", "reason"];
        var bodies = new List<(string Name, HttpContent Content)>();
        foreach (var (name, value) in Corpus)
        {
            foreach (var field in fields)
            {
                bodies.Add(($"{field}: {name}", Json(ValidReferral(field, JsonString(value)))));
            }
        }

        foreach (var field in fields)
        {
            bodies.Add(($"{field}: number", Json(ValidReferral(field, "12345"))));
            bodies.Add(($"{field}: object", Json(ValidReferral(field, "{\"a\":[1,2]}"))));
            bodies.Add(($"{field}: null", Json(ValidReferral(field, "null"))));
        }

        bodies.Add(("consentToShare: string", Json(ValidReferral("consentToShare", "\"ja\""))));
        bodies.Add(("invalid JSON", Json("{\"programme\": \"new-jobportunities-2\", \"givenName\": ")));
        bodies.Add(("not an object", Json("[1,2,3]")));
        bodies.Add(("2 MB", Json(ValidReferral("reason", JsonString(new string('z', 2 * 1024 * 1024))))));
        bodies.Add(("text/plain", new StringContent(ValidReferral("reason", "\"x\""), Encoding.UTF8, "text/plain")));
        bodies.Add(("form content", new FormUrlEncodedContent([new("programme", "new-jobportunities-2")])));
        bodies.Add(("no content type", new ByteArrayContent(Encoding.UTF8.GetBytes(ValidReferral("reason", "\"x\"")))));

        foreach (var (name, content) in bodies)
        {
            var response = await client.PostAsync("/api/v1/referrals", content);
            posts++;
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            if (status >= 500)
            {
                serverErrors++;
                failures.Add($"API ({name}): {status}");
            }
            else if (status >= 400 && (text.Length == 0 || response.Content.Headers.ContentType?.MediaType != "application/problem+json"))
            {
                failures.Add($"API ({name}): {status} without a problem+json body");
            }
        }

        var get = await client.GetAsync("/api/v1/referrals/" + Uri.EscapeDataString("<script>' OR 1=1"));
        if ((int)get.StatusCode >= 500)
        {
            serverErrors++;
            failures.Add($"API GET hostile reference: {(int)get.StatusCode}");
        }

        return (posts, serverErrors);

        static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
    }

    /// <summary>A valid referral as JSON text with one field's raw JSON value replaced.</summary>
    private static string ValidReferral(string field, string rawValue)
    {
        var values = new Dictionary<string, string>
        {
            ["programme"] = "\"new-jobportunities-2\"",
            ["externalReference"] = JsonString("HOSTILE-" + Guid.NewGuid().ToString("N")[..10]),
            ["givenName"] = "\"Anna\"",
            ["familyName"] = "\"Mulder\"",
            ["birthDate"] = "\"1985-04-23\"",
            ["email"] = "\"anna@example.test\"",
            ["phone"] = "\"06 12345678\"",
            ["postcode"] = "\"7811 AB\"",
            ["country"] = "\"NL\"",
            ["benefit"] = "\"none\"",
            ["reason"] = "\"Wil weer aan het werk.\"",
            ["consentToShare"] = "false",
        };
        values[field] = rawValue;
        return "{" + string.Join(",", values.Select(v => $"\"{v.Key}\":{v.Value}")) + "}";
    }

    /// <summary>A JSON string literal; a lone surrogate is written as its escape, as a hostile client would.</summary>
    private static string JsonString(string value) =>
        value == LoneSurrogate ? "\"\\uD800\"" : System.Text.Json.JsonSerializer.Serialize(value);

    /// <summary>Every string column's longest stored value against its EF max length.</summary>
    private async Task<List<string>> OverlongStoredValuesAsync()
    {
        var problems = new List<string>();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.AppDbContext>();
        var connection = db.Database.GetDbConnection();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT MAX(LENGTH(\"{property.GetColumnName()}\")) FROM \"{entity.GetTableName()}\"";
                var longest = await command.ExecuteScalarAsync();
                if (longest is long length && length > property.GetMaxLength())
                {
                    problems.Add($"{entity.GetTableName()}.{property.GetColumnName()}: {length} characters stored, column holds {property.GetMaxLength()}");
                }
            }
        }

        return problems;
    }

    private static string? Template(List<string> templates, string action)
    {
        var path = new Uri(new Uri("http://x"), action).AbsolutePath.TrimStart('/');
        foreach (var template in templates)
        {
            var pattern = RoutePatternFactory.Parse(template[5..]);
            var regex = "^" + string.Join("/", pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
            {
                RoutePatternLiteralPart literal => Regex.Escape(literal.Content),
                RoutePatternSeparatorPart separator => Regex.Escape(separator.Content),
                _ => "[^/]+",
            })))) + "$";
            if (Regex.IsMatch(path, regex))
            {
                return template;
            }
        }

        return null;
    }
}

/// <summary>A POST form read from a page: where it posts and its fields with their current values.</summary>
internal sealed partial class HtmlForm
{
    public string Action { get; private init; } = "";

    public List<(string Name, string Value, string Kind)> Fields { get; } = [];

    public bool HasVisibleTextField => Fields.Any(f => f.Kind is "text" or "textarea" or "email" or "tel" or "search" or "url");

    public static IEnumerable<HtmlForm> Parse(string html, string pageUrl)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var attributes = Attributes(form.Groups[1].Value);
            if (!attributes.TryGetValue("method", out var method) || !method.Equals("post", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var action = WebUtility.HtmlDecode(attributes.GetValueOrDefault("action") ?? pageUrl);
            var result = new HtmlForm { Action = string.IsNullOrEmpty(action) ? pageUrl : action };
            var inner = form.Groups[2].Value;
            foreach (Match input in InputPattern().Matches(inner))
            {
                var a = Attributes(input.Groups[1].Value);
                var type = (a.GetValueOrDefault("type") ?? "text").ToLowerInvariant();
                if (!a.TryGetValue("name", out var name) || type is "submit" or "button" or "file" || (type is "checkbox" or "radio" && !a.ContainsKey("checked")))
                {
                    continue;
                }

                result.Fields.Add((WebUtility.HtmlDecode(name), WebUtility.HtmlDecode(a.GetValueOrDefault("value") ?? ""), type));
            }

            foreach (Match area in TextareaPattern().Matches(inner))
            {
                var a = Attributes(area.Groups[1].Value);
                if (a.TryGetValue("name", out var name))
                {
                    result.Fields.Add((WebUtility.HtmlDecode(name), WebUtility.HtmlDecode(area.Groups[2].Value), "textarea"));
                }
            }

            foreach (Match select in SelectPattern().Matches(inner))
            {
                var a = Attributes(select.Groups[1].Value);
                if (!a.TryGetValue("name", out var name))
                {
                    continue;
                }

                var options = OptionPattern().Matches(select.Groups[2].Value).Select(o => Attributes(o.Groups[1].Value)).ToList();
                var chosen = options.FirstOrDefault(o => o.ContainsKey("selected")) ?? options.FirstOrDefault(o => !string.IsNullOrEmpty(o.GetValueOrDefault("value")));
                result.Fields.Add((WebUtility.HtmlDecode(name), WebUtility.HtmlDecode(chosen?.GetValueOrDefault("value") ?? ""), "select"));
            }

            yield return result;
        }
    }

    /// <summary>The url-encoded body: text fields set to <paramref name="textValue"/>, or choices (selects, hidden, numbers, dates) to <paramref name="choiceValue"/>.</summary>
    public string Body(string token, string? textValue = null, string? choiceValue = null)
    {
        var parts = new List<string>();
        var hasToken = false;
        foreach (var (name, value, kind) in Fields)
        {
            var isToken = name == "__RequestVerificationToken";
            hasToken |= isToken;
            var isText = kind is "text" or "textarea" or "email" or "tel" or "search" or "url" or "password" or "date" or "number" or "time" or "month";
            var isChoice = kind is "select" or "hidden" or "number" or "date" or "radio" or "checkbox";
            var v = isToken ? token
                : textValue is not null && isText ? textValue
                : choiceValue is not null && isChoice && name != "returnUrl" ? choiceValue
                : value;
            parts.Add(Encode(name) + "=" + Encode(v));
        }

        if (!hasToken)
        {
            parts.Add("__RequestVerificationToken=" + Encode(token));
        }

        return string.Join("&", parts);
    }

    /// <summary>Percent-encoding that also sends a lone surrogate, as its (invalid) UTF-8 bytes.</summary>
    private static string Encode(string value)
    {
        if (value.Length == 1 && char.IsSurrogate(value[0]))
        {
            return "%ED%A0%80";
        }

        return Uri.EscapeDataString(value);
    }

    private static Dictionary<string, string> Attributes(string text) =>
        AttributePattern().Matches(text).GroupBy(m => m.Groups[1].Value.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First().Groups[3].Success ? g.First().Groups[3].Value : "");

    [GeneratedRegex(@"<form\b([^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex(@"<input\b([^>]*)>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();

    [GeneratedRegex(@"<textarea\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TextareaPattern();

    [GeneratedRegex(@"<select\b([^>]*)>(.*?)</select>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SelectPattern();

    [GeneratedRegex(@"<option\b([^>]*)>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex OptionPattern();

    [GeneratedRegex(@"([\w:.\-\[\]]+)(=""([^""]*)"")?", RegexOptions.Singleline)]
    private static partial Regex AttributePattern();
}
