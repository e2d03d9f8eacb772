using System.Globalization;
using System.Threading.RateLimiting;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// Sign-in attempts per account (RateLimiting:LoginPerAccountPer15Minutes, default 10), on top of
/// the per-address limit: spreading guesses over many addresses does not help against one account.
/// The name typed is the key whether or not the account exists, so the answer tells nothing.
/// Identity's lockout (5 failures, 15 minutes) still applies to real accounts.
/// </summary>
public sealed class LoginThrottle(IConfiguration configuration) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = configuration.GetValue("RateLimiting:LoginPerAccountPer15Minutes", 10),
            Window = TimeSpan.FromMinutes(15),
            QueueLimit = 0,
        }));

    /// <summary>Null when the attempt may go ahead; otherwise the seconds to wait (for Retry-After).</summary>
    public int? TryAttempt(string account)
    {
        using var lease = _limiter.AttemptAcquire(account.Trim().ToUpperInvariant());
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 900;
    }

    public static void SetRetryAfter(HttpResponse response, int seconds) =>
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _limiter.Dispose();
}
