using System.Globalization;
using System.Threading.RateLimiting;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// Rate limits per client address on what anonymous callers can post (RateLimiting:PublicFormPerMinute,
/// default 10) and on the sign-in steps (RateLimiting:LoginPerMinute, default 20; per account see
/// <see cref="LoginThrottle"/>). A refused request gets 429 with Retry-After and the friendly status page.
/// </summary>
internal static class RateLimitingSetup
{
    public const string PublicForm = "public-form";
    public const string Login = "login";

    public static IServiceCollection AddAppRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimiting:PublicFormPerMinute", 10);
        var loginPerMinute = configuration.GetValue("RateLimiting:LoginPerMinute", 20);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            options.AddPolicy(PublicForm, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(Login, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = loginPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        services.AddSingleton<LoginThrottle>();
        return services;
    }
}
