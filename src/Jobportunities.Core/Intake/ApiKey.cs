using System.Security.Cryptography;
using System.Text;

namespace Jobportunities.Core.Intake;

/// <summary>
/// A partner organisation's key for the referral API. Only a SHA-256 hash is stored: keys are
/// long random strings, so a slow password hash adds nothing; the key is shown once at creation.
/// </summary>
public sealed class ApiKey
{
    private ApiKey()
    {
    }

    public ApiKey(int organisationId, string name, string plainKey, DateTime createdUtc, string? createdByUserId)
    {
        OrganisationId = organisationId;
        Name = name.Trim();
        Hash = HashOf(plainKey);
        Hint = plainKey.Length > 4 ? plainKey[..4] + "…" : "…";
        CreatedUtc = createdUtc;
        CreatedByUserId = createdByUserId;
    }

    public int Id { get; private set; }

    public int OrganisationId { get; private set; }

    public string Name { get; private set; } = "";

    public string Hash { get; private set; } = "";

    /// <summary>The first characters, so an administrator can tell keys apart.</summary>
    public string Hint { get; private set; } = "";

    public DateTime CreatedUtc { get; private set; }

    public string? CreatedByUserId { get; private set; }

    public DateTime? RevokedUtc { get; private set; }

    public bool IsActive => RevokedUtc is null;

    public void Revoke(DateTime nowUtc) => RevokedUtc ??= nowUtc;

    public static string HashOf(string plainKey) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(plainKey)));

    /// <summary>A new key: "jp_" and 32 random bytes in URL-safe base64.</summary>
    public static string Generate() =>
        "jp_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
