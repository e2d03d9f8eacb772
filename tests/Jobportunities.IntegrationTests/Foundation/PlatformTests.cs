using System.Net;
using Jobportunities.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Foundation;

public class PlatformTests(PlatformTests.ThrowingAppFactory factory) : IClassFixture<PlatformTests.ThrowingAppFactory>
{
    [Fact]
    public async Task Health_ReportsHealthy_WhenDatabaseAnswers()
    {
        var response = await factory.Browser().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders_WithCspWithoutInlineScript()
    {
        var response = await factory.Browser().GetAsync("/");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task ServerError_ShowsFriendlyPage_WithReferenceId()
    {
        // Deny by default: only a signed-in user reaches an endpoint that says nothing about rights.
        var client = factory.Browser();
        await client.SignInAsync(Web.Demo.DemoAccounts.Coach);
        var response = await client.GetAsync("/test-only/throw");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Er ging iets mis", page);
        Assert.Contains("id=\"reference-id\"", page);
        Assert.DoesNotContain("InvalidOperationException", page);
    }

    [Fact]
    public async Task UnknownPage_ShowsFriendly404()
    {
        var client = factory.Browser();
        await client.SignInAsync(Web.Demo.DemoAccounts.Coach);
        var response = await client.GetAsync("/does-not-exist");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina niet gevonden", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StaticStyles_AreServedFromWwwrootLib()
    {
        var client = factory.Browser();
        var wwwroot = factory.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath;
        foreach (var path in new[] { "lib/utrecht/component-library.css", "lib/voorbeeld-design-tokens/theme.css" })
        {
            var response = await client.GetAsync("/" + path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(wwwroot, path)), await response.Content.ReadAsByteArrayAsync());
        }
    }

    /// <summary>The app with one extra endpoint that throws, to see the error page.</summary>
    public sealed class ThrowingAppFactory : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ThrowingEndpoint>());
        }
    }

    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            // After the app's own pipeline: reached only by unrouted requests, inside the error handler.
            app.Map("/test-only/throw", b => b.Run(_ => throw new InvalidOperationException("boom")));
        };
    }
}
