using System.Security.Cryptography;
using System.Text;
using Jobportunities.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// The HMAC key for BSN hashes: <c>Bsn:HashKey</c> from configuration (at least 32 characters);
/// without it a fixed key in Development and Testing; in any other environment a random key made
/// once, stored in the database encrypted with Data Protection (table ProtectedSecrets) and read
/// from there by every instance. The key must never change: hashes made with another key no
/// longer find duplicates.
/// </summary>
internal sealed class BsnHashKey(IConfiguration configuration, IHostEnvironment environment, IServiceScopeFactory scopes)
{
    public const string SecretName = "Bsn.HashKey";

    private const string DevelopmentKey = "jobportunities-development-only-bsn-hash-key-not-for-production";

    private readonly Lazy<byte[]> _bytes = new(() => Resolve(configuration, environment, scopes), LazyThreadSafetyMode.ExecutionAndPublication);

    public byte[] Bytes => _bytes.Value;

    private static byte[] Resolve(IConfiguration configuration, IHostEnvironment environment, IServiceScopeFactory scopes)
    {
        var configured = configuration["Bsn:HashKey"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.Length >= 32
                ? Encoding.UTF8.GetBytes(configured)
                : throw new InvalidOperationException("Bsn:HashKey must be at least 32 characters long.");
        }

        if (environment.IsDevelopment() || environment.IsEnvironment("Testing"))
        {
            return Encoding.UTF8.GetBytes(DevelopmentKey);
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("Jobportunities.Bsn.HashKey.v1");
        var stored = db.ProtectedSecrets.AsNoTracking().Where(s => s.Name == SecretName).Select(s => s.ProtectedValue).FirstOrDefault();
        if (stored is null)
        {
            try
            {
                db.ProtectedSecrets.Add(new ProtectedSecret(SecretName, protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))));
                db.SaveChanges();
            }
            catch (DbUpdateException)
            {
                // Another instance made it at the same moment: use theirs.
                db.ChangeTracker.Clear();
            }

            stored = db.ProtectedSecrets.AsNoTracking().Where(s => s.Name == SecretName).Select(s => s.ProtectedValue).First();
        }

        return Convert.FromBase64String(protector.Unprotect(stored));
    }
}
