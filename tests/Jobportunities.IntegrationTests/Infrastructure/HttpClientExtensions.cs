using System.Net;
using System.Text.RegularExpressions;
using Jobportunities.Web.Demo;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jobportunities.IntegrationTests.Infrastructure;

/// <summary>Form posts as a browser makes them: the real antiforgery token from the page first.</summary>
public static partial class HttpClientExtensions
{
    public static HttpClient Browser(this AppFactory factory, string? culture = null)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (culture is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        }

        return client;
    }

    public static async Task<string> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>GETs <paramref name="pageUrl"/> for its token, then POSTs the fields to <paramref name="postUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = AntiforgeryToken(await client.GetPageAsync(pageUrl));
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(postUrl, content);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostFormAsync(url, url, fields);

    public static async Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string password = DemoAccounts.Password) =>
        await client.PostFormAsync("/account/login", [new("Form.Email", email), new("Form.Password", password)]);

    public static async Task SignInAsync(this HttpClient client, string email)
    {
        var response = await client.LoginAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>
    /// The refusal of a visitor who is not signed in: a redirect to the login page, not just any
    /// redirect (the clients here never follow redirects, so a refusal cannot pass as a 200).
    /// </summary>
    public static void AssertSentToLogin(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location ?? throw new Xunit.Sdk.XunitException("The redirect has no Location.");
        Assert.StartsWith("/account/login", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
