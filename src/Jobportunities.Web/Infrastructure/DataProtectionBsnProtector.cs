using System.Security.Cryptography;
using System.Text;
using Jobportunities.Core.Intake;
using Microsoft.AspNetCore.DataProtection;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// BSNs encrypted with ASP.NET Core Data Protection under their own purpose, and hashed with
/// HMAC-SHA256 for duplicate detection (docs/adr/0017-bsn-encryption-and-keyed-hash.md).
/// </summary>
internal sealed class DataProtectionBsnProtector(IDataProtectionProvider provider, BsnHashKey key) : IBsnProtector
{
    public const string Purpose = "Jobportunities.Bsn.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string bsn) => _protector.Protect(bsn);

    public string Unprotect(string protectedBsn) => _protector.Unprotect(protectedBsn);

    public string Hash(string bsn) => Convert.ToHexString(HMACSHA256.HashData(key.Bytes, Encoding.ASCII.GetBytes(bsn)));
}
