using Microsoft.Extensions.Caching.Memory;

namespace Jobportunities.Core.Common;

/// <summary>
/// A figure many requests show, computed once per key for a while (ADR 0018, 0032): requests that
/// arrive while it is computed wait for that one computation instead of starting their own. The
/// computation is not cancelled with a request (others may be waiting); a failed one is forgotten,
/// so the next request tries again.
/// </summary>
public static class SharedFigures
{
    public static async Task<T> SharedAsync<T>(this IMemoryCache cache, object key, TimeSpan sharedFor, Func<Task<T>> compute, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var shared = cache.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = sharedFor;
            return new Lazy<Task<T>>(compute);
        })!;
        try
        {
            return await shared.Value;
        }
        catch
        {
            cache.Remove(key);
            throw;
        }
    }
}
