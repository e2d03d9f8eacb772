using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Intake;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Organisations;

/// <summary>
/// Administrators keep the partner organisations and their keys for the referral API. A key's
/// plain value leaves this service once, at creation; only its hash is stored.
/// </summary>
public sealed class OrganisationService(AppDbContext db, TimeProvider clock, Audit.AuditLog audit)
{
    // Every API request asks this: compiled once, so EF skips the query cache lookup and parameter extraction (as SessionCheck).
    private static readonly Func<AppDbContext, string, CancellationToken, Task<ApiKeyOwner?>> ActiveKeyOwner =
        EF.CompileAsyncQuery((AppDbContext context, string hash, CancellationToken ct) =>
            context.ApiKeys.AsNoTracking().Where(k => k.Hash == hash && k.RevokedUtc == null).Select(k => new ApiKeyOwner(k.Id, k.OrganisationId)).FirstOrDefault());

    public async Task<IReadOnlyList<OrganisationSummary>> ListAsync(CancellationToken ct = default) =>
        await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.Kind, o.Country,
                db.ApiKeys.Count(k => k.OrganisationId == o.Id && k.RevokedUtc == null)))
            .ToListAsync(ct);

    public async Task<OrganisationDetails?> FindAsync(int id, CancellationToken ct = default)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return null;
        }

        var keys = await db.ApiKeys.AsNoTracking()
            .Where(k => k.OrganisationId == id)
            .OrderBy(k => k.RevokedUtc != null).ThenBy(k => k.Name).ThenBy(k => k.Id)
            .Select(k => new ApiKeySummary(k.Id, k.Name, k.Hint, k.CreatedUtc, k.RevokedUtc))
            .ToListAsync(ct);
        return new OrganisationDetails(organisation.Id, organisation.Name, organisation.Kind, organisation.Country, keys);
    }

    /// <summary>A new organisation; names are unique (refused: "DuplicateName").</summary>
    public async Task<Result<int>> CreateAsync(string name, OrganisationKind kind, string country, CancellationToken ct = default)
    {
        var trimmed = name.Trim();
        if (await db.Organisations.AnyAsync(o => o.Name == trimmed, ct))
        {
            return Result<int>.Refused("DuplicateName");
        }

        var organisation = new Organisation(trimmed, kind, country);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(organisation.Id);
    }

    /// <summary>Creates a key and returns its plain value, which is never available again.</summary>
    public async Task<Result<string>> CreateApiKeyAsync(int organisationId, string name, string? createdByUserId, CancellationToken ct = default)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            return Result<string>.NotFound();
        }

        var plainKey = ApiKey.Generate();
        db.ApiKeys.Add(new ApiKey(organisationId, name, plainKey, clock.GetUtcNow().UtcDateTime, createdByUserId));
        audit.Add(createdByUserId ?? "system", Audit.AuditAction.Create, Audit.AuditObjects.Organisation, organisationId, detail: "api-key");
        await db.SaveChangesAsync(ct);
        return Result<string>.Ok(plainKey);
    }

    /// <summary>Revokes a key of the organisation; it is refused from the next request on.</summary>
    public async Task<Result<string>> RevokeApiKeyAsync(int organisationId, int keyId, string? actorId = null, CancellationToken ct = default)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.OrganisationId == organisationId, ct);
        if (key is null)
        {
            return Result<string>.NotFound();
        }

        key.Revoke(clock.GetUtcNow().UtcDateTime);
        audit.Add(actorId ?? "system", Audit.AuditAction.Update, Audit.AuditObjects.Organisation, organisationId, detail: $"api-key:{keyId}:revoke");
        await db.SaveChangesAsync(ct);
        return Result<string>.Ok(key.Name);
    }

    /// <summary>The organisation an active key belongs to; null for an unknown or revoked key.</summary>
    public async Task<ApiKeyOwner?> FindActiveKeyOwnerAsync(string plainKey, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(plainKey))
        {
            return null;
        }

        return await ActiveKeyOwner(db, ApiKey.HashOf(plainKey), ct);
    }
}
