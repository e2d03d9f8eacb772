using System.Globalization;
using System.Threading.RateLimiting;
using Jobportunities.Core.Intake;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// Rate limits. Anonymous posts per client address (RateLimiting:PublicFormPerMinute, default 10);
/// the sign-in steps per client address (RateLimiting:LoginPerMinute, default 20; per account see
/// <see cref="LoginThrottle"/>);
/// the referral API per API key (RateLimiting:ApiPerMinute, default 60; calls without a key per
/// address). A refused request gets 429 with Retry-After: the friendly status page, or for the API
/// a problem+json body. Behind a reverse proxy the client address comes from the forwarded headers
/// (ForwardedHeaders:KnownProxies / KnownNetworks).
/// </summary>
internal static class RateLimitingSetup
{
    public const string PublicForm = "public-form";
    public const string Login = "login";
    public const string Api = "api";

    public static IServiceCollection AddAppRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimiting:PublicFormPerMinute", 10);
        var loginPerMinute = configuration.GetValue("RateLimiting:LoginPerMinute", 20);
        var apiPerMinute = configuration.GetValue("RateLimiting:ApiPerMinute", 60);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PublicForm, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(Login, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = loginPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(Api, context => RateLimitPartition.GetFixedWindowLimiter(
                ApiPartition(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = apiPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (rejected, ct) =>
            {
                var context = rejected.HttpContext;
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : 60;
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitingSetup))
                    .LogWarning("Rate limit reached on {Path}", context.Request.Path.Value);
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    var texts = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                    var problem = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = texts["Error.429.Title"],
                        Type = "https://tools.ietf.org/html/rfc6585#section-4",
                    };
                    await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
                }
            };
        });
        services.AddSingleton<LoginThrottle>();
        return services;
    }

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The key's hash (never the key itself), or the client address when no key is sent.</summary>
    private static string ApiPartition(HttpContext context)
    {
        var key = context.Request.Headers[ApiKeyAuthentication.HeaderName].ToString().Trim();
        return key.Length == 0 ? "address:" + ClientAddress(context) : "key:" + ApiKey.HashOf(key);
    }
}
