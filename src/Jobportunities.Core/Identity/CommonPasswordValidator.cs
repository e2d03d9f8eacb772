using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Jobportunities.Core.Identity;

/// <summary>
/// OWASP ASVS 5 password rules beyond the minimum length: refuse passwords from a list of
/// common ones (embedded resource, compared case-insensitively) and refuse absurd lengths
/// (long pass phrases up to 128 characters are welcome; no composition rules).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const int MaximumLength = 128;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (password.Length > MaximumLength)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordTooLong", Description = "PasswordTooLong" }));
        }

        if (IsCommon(password, user))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = "PasswordTooCommon" }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    public static bool IsCommon(string password, AppUser? user = null)
    {
        var lowered = password.Trim().ToLowerInvariant();
        if (Common.Value.Contains(lowered))
        {
            return true;
        }

        // A password that is the user's own e-mail or name is as guessable as a common one.
        return user is not null && (string.Equals(lowered, user.Email, StringComparison.OrdinalIgnoreCase)
            || string.Equals(lowered, user.UserName, StringComparison.OrdinalIgnoreCase));
    }

    private static HashSet<string> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("Jobportunities.Core.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
