using System.Threading.RateLimiting;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// Rate limits per client address on what anonymous callers can post (RateLimiting:PublicFormPerMinute,
/// default 10). A refused request gets 429 and the friendly status page.
/// </summary>
internal static class RateLimitingSetup
{
    public const string PublicForm = "public-form";

    public static IServiceCollection AddAppRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimiting:PublicFormPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PublicForm, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
