using System.Runtime.CompilerServices;
using Jobportunities.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Jobportunities.Web.Features.Account;

/// <summary>
/// What a sign-in with an unknown (or disabled) account does instead of checking a password, so
/// the answer cannot tell accounts apart: it hashes the typed password against a dummy hash
/// (the same work as a real check) and counts failures like Identity's lockout, so after the same
/// number of tries the same "locked" message appears as for a real account.
/// </summary>
public sealed class LoginDecoy(IPasswordHasher<AppUser> hasher, IMemoryCache cache, IOptions<IdentityOptions> options)
{
    private static readonly AppUser Nobody = new();
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(Nobody, Guid.NewGuid().ToString()));

    /// <summary>Records a failed attempt; true when a real account would now be locked out.</summary>
    public bool FailAndIsLockedOut(string email, string password)
    {
        hasher.VerifyHashedPassword(Nobody, DummyHash.Value, password);
        var lockout = options.Value.Lockout;
        var failures = cache.GetOrCreate("login-decoy:" + email.Trim().ToUpperInvariant(), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = lockout.DefaultLockoutTimeSpan;
            return new StrongBox<int>();
        })!;
        return Interlocked.Increment(ref failures.Value) >= lockout.MaxFailedAccessAttempts;
    }
}
