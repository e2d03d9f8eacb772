using System.Net;
using System.Net.Http.Json;
using System.Text;
using Jobportunities.IntegrationTests.Api;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jobportunities.IntegrationTests.Security;

/// <summary>Regression tests of findings 3 (API reach and rate), 7 (lengths), 8 (error paths), 9 (caching), 10 (deny by default).</summary>
public class TransportAndInputFindingsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Api_AnswersNotFound_ForAProgrammeTheKeysOrganisationIsNoPartnerOf_AndStoresNothing()
    {
        var client = ApiClient.Create(factory, DemoApiKeys.AgenturNordhorn);
        var reference = ApiClient.NewReference();
        var response = await client.PostReferralAsync(ApiClient.Referral(reference, postcode: "7061 AB", benefit: "bijstand", programme: "meedoen-werkt"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var unknown = await client.PostReferralAsync(ApiClient.Referral(ApiClient.NewReference(), programme: "bestaat-niet"));
        Assert.Equal((await unknown.JsonAsync()).GetProperty("title").GetString(), (await response.JsonAsync()).GetProperty("title").GetString());
        await using var db = factory.Db();
        Assert.False(await db.Context.Applications.AnyAsync(a => a.ExternalReference == reference));

        // Its own programme still works.
        Assert.Equal(HttpStatusCode.Created, (await client.PostReferralAsync(ApiClient.Referral(ApiClient.NewReference()))).StatusCode);
    }

    [Fact]
    public async Task Api_RefusesTextPlainAndFormContent_With415ProblemJson()
    {
        var client = ApiClient.Create(factory, DemoApiKeys.UwvEmmen);
        var plain = await client.PostAsync(ApiClient.Url, new StringContent("{}", Encoding.UTF8, "text/plain"));
        var form = await client.PostAsync(ApiClient.Url, new FormUrlEncodedContent([new("programme", "new-jobportunities-2")]));

        foreach (var response in new[] { plain, form })
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(415, (await response.JsonAsync()).GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task Api_ReportsBrokenJson_UnderTheDollarKey()
    {
        var client = ApiClient.Create(factory, DemoApiKeys.UwvEmmen);
        var response = await client.PostAsync(ApiClient.Url, new StringContent("{\"programme\": \"new-jobportunities-2\", \"givenName\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("$", out _), errors.ToString());
        Assert.False(errors.TryGetProperty("programme", out _));
        Assert.False(errors.TryGetProperty("givenName", out _));
    }

    [Fact]
    public async Task BodyOverTheLimit_Gets413_WithABody()
    {
        var client = factory.Browser();
        var token = HttpClientExtensions.AntiforgeryToken(await client.GetPageAsync("/intake/new-jobportunities-2"));
        var response = await client.PostAsync("/intake/new-jobportunities-2",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Form.GivenName", new string('x', 2 * 1024 * 1024))]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());

        var api = await ApiClient.Create(factory, DemoApiKeys.UwvEmmen).PostAsync(ApiClient.Url,
            JsonContent.Create(ApiClient.Referral(ApiClient.NewReference()).Append(new("padding", new string('p', 2 * 1024 * 1024))).ToDictionary()));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Intake_WithANulCharacter_ReshowsTheFormWithAMessage_KeepingWhatWasTyped()
    {
        var client = factory.Browser();
        var response = await client.PostFormAsync("/intake/new-jobportunities-2",
        [
            new("Form.GivenName", "Ann\0a"), new("Form.FamilyName", "Nulmans"), new("Form.BirthDate", "1985-04-23"), new("Form.Email", "nul@example.test"),
            new("Form.Postcode", "7811 AB"), new("Form.Country", "NL"), new("Form.Benefit", "none"), new("Form.Indicators.LabourMarketStatus", "Inactive"), new("Form.ConsentPrivacy", "true"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Voornaam’ bevat onzichtbare stuurtekens", page);
        Assert.Contains("value=\"Nulmans\"", page);
        await using var db = factory.Db();
        Assert.False(await db.Context.Applications.AnyAsync(a => a.FamilyName == "Nulmans"));
    }

    [Fact]
    public async Task Profile_RefusesOverlongFields_NamingTheFieldInDutch_AndSavesNothing()
    {
        var id = await factory.ParticipantAsync("Lengte", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var fields = FormReader.Fields(await coach.GetPageAsync($"/participants/{id}/profile/edit"));
        fields["Profile.Phone"] = new string('6', 200);
        fields["Profile.Street"] = new string('s', 10_000);
        fields["Profile.City"] = new string('c', 10_000);
        fields["Profile.Email"] = new string('e', 290) + "@example.test";
        var response = await coach.PostFormAsync("/", $"/participants/{id}/profile", fields.Where(kv => kv.Key.StartsWith("Profile.", StringComparison.Ordinal)).ToList());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Gebruik bij ‘Telefoonnummer’ ten hoogste 30 tekens.", page);
        Assert.Contains("Gebruik bij ‘Straat’ ten hoogste 150 tekens.", page);
        Assert.DoesNotContain("De lengte van", page);
        Assert.DoesNotContain("must be", page);
        await using var db = factory.Db();
        var stored = await db.Context.Participants.SingleAsync(p => p.Id == id);
        Assert.NotEqual(new string('6', 200), stored.Phone);
        Assert.Null(stored.Street);
    }

    [Fact]
    public async Task SignedInAnswers_PrintablePlan_Exports_AndApiAnswers_AreNotStored()
    {
        var id = await factory.ParticipantAsync("Cache", DemoAccounts.Coach);
        var coach = factory.Browser();
        await coach.SignInAsync(DemoAccounts.Coach);
        var lead = factory.Browser();
        await lead.SignInAsync(DemoAccounts.Lead);
        var api = ApiClient.Create(factory, DemoApiKeys.UwvEmmen);

        var responses = new[]
        {
            await coach.GetAsync($"/participants/{id}"),
            await coach.GetAsync($"/participants/{id}/plan/print"),
            await lead.GetAsync("/programmes/new-jobportunities-2/exports/esf.csv"),
            await lead.GetAsync("/programmes/new-jobportunities-2/exports/dashboard.xlsx"),
            await api.PostReferralAsync(ApiClient.Referral(ApiClient.NewReference())),
            await api.GetAsync(ApiClient.Url + "/JP-UNKNOWN"),
        };
        foreach (var response in responses)
        {
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{response.RequestMessage!.RequestUri}: {response.Headers.CacheControl}");
        }
    }

    [Fact]
    public void Authorization_DeniesByDefault_EndpointsThatSayNothing()
    {
        var fallback = factory.Services.GetRequiredService<IOptions<AuthorizationOptions>>().Value.FallbackPolicy;
        Assert.NotNull(fallback);
        Assert.Contains(fallback.Requirements, r => r is DenyAnonymousAuthorizationRequirement);
        Assert.Contains(fallback.Requirements, r => r is RolesAuthorizationRequirement);
    }

    [Fact]
    public async Task AnonymousRequest_ForAPathWithoutEndpoint_IsSentToTheLoginPage()
    {
        var response = await factory.Browser().GetAsync("/admin/something-new");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

/// <summary>Finding 3: the referral API's rate limit per key.</summary>
public class ApiRateLimitTests(ApiRateLimitTests.Factory factory) : IClassFixture<ApiRateLimitTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override int ApiRateLimitPerMinute => 3;
    }

    [Fact]
    public async Task Api_AnswersTooManyRequests_WithRetryAfter_PerKey()
    {
        var uwv = ApiClient.Create(factory, DemoApiKeys.UwvEmmen);
        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await uwv.GetAsync(ApiClient.Url + "/JP-NONE")).StatusCode);
        }

        var refused = await uwv.PostReferralAsync(ApiClient.Referral(ApiClient.NewReference()));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        // Another organisation's key has its own allowance.
        var nordhorn = ApiClient.Create(factory, DemoApiKeys.AgenturNordhorn);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await nordhorn.GetAsync(ApiClient.Url + "/JP-NONE")).StatusCode);
    }
}

/// <summary>Finding 9: behind a known proxy, the public-form rate limit counts per client address.</summary>
public class ForwardedHeadersTests(ForwardedHeadersTests.Factory factory) : IClassFixture<ForwardedHeadersTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override int RateLimitPerMinute => 2;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", "10.9.8.7");
            builder.ConfigureServices(s => s.AddTransient<IStartupFilter, ProxyAddress>());
        }
    }

    /// <summary>Every request arrives from the reverse proxy's address, as behind nginx.</summary>
    private sealed class ProxyAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("10.9.8.7");
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    [Fact]
    public async Task PublicFormRateLimit_CountsPerForwardedClient_NotPerProxy()
    {
        async Task<HttpStatusCode> PostAsync(string client)
        {
            var browser = factory.Browser();
            browser.DefaultRequestHeaders.Add("X-Forwarded-For", client);
            var token = HttpClientExtensions.AntiforgeryToken(await browser.GetPageAsync("/intake/new-jobportunities-2"));
            return (await browser.PostAsync("/intake/new-jobportunities-2", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))).StatusCode;
        }

        Assert.NotEqual(HttpStatusCode.TooManyRequests, await PostAsync("203.0.113.1"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await PostAsync("203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync("203.0.113.1"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await PostAsync("203.0.113.2"));
    }
}

/// <summary>Finding 9: HTTPS only in Production.</summary>
public class ProductionTransportTests(ProductionTransportTests.Factory factory) : IClassFixture<ProductionTransportTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override string EnvironmentName => "Production";

        // Production refuses demo data: this host starts like a real installation.
        protected override bool SeedDemoData => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("https_port", "443");
        }
    }

    [Fact]
    public async Task Production_RedirectsToHttps_AndSendsHsts()
    {
        var http = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://jobportunities.example/") });
        var redirect = await http.GetAsync("/account/login");
        Assert.True(redirect.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect, redirect.StatusCode.ToString());
        Assert.StartsWith("https://jobportunities.example", redirect.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var https = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://jobportunities.example/") });
        var page = await https.GetAsync("/account/login");
        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
    }
}
