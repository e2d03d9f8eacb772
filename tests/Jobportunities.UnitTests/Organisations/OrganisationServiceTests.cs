using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Organisations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Jobportunities.UnitTests.Organisations;

public sealed class OrganisationServiceTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly AppDbContext _db;
    private readonly OrganisationService _service;

    public OrganisationServiceTests()
    {
        _connection.Open();
        _db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(_connection).Options);
        _db.Database.EnsureCreated();
        _service = new OrganisationService(_db, _clock, new Core.Audit.AuditLog(_db, _clock, Moq.Mock.Of<Core.Audit.IAuditOrigin>(o => o.Describe() == "test")));
    }

    [Fact]
    public async Task Create_RefusesADuplicateName()
    {
        Assert.True((await _service.CreateAsync("UWV Emmen", OrganisationKind.Uwv, "NL")).IsOk);
        var again = await _service.CreateAsync(" UWV Emmen ", OrganisationKind.Uwv, "NL");
        Assert.Equal(Outcome.Refused, again.Outcome);
        Assert.Equal("DuplicateName", again.ErrorCode);
    }

    [Fact]
    public async Task CreatedKey_FindsItsOrganisation_AndOnlyItsHashIsStored()
    {
        var organisation = (await _service.CreateAsync("UWV Emmen", OrganisationKind.Uwv, "NL")).Value;
        var plain = (await _service.CreateApiKeyAsync(organisation, "VerBIS", "admin")).Value!;

        Assert.Equal(organisation, (await _service.FindActiveKeyOwnerAsync(plain))?.OrganisationId);
        var stored = await _db.ApiKeys.SingleAsync();
        Assert.Equal(ApiKey.HashOf(plain), stored.Hash);
        Assert.DoesNotContain(plain, stored.Hash + stored.Hint + stored.Name);
        Assert.Null(await _service.FindActiveKeyOwnerAsync(plain + "x"));
        Assert.Null(await _service.FindActiveKeyOwnerAsync(""));
    }

    [Fact]
    public async Task RevokedKey_IsRefused_AndNoLongerCounted()
    {
        var organisation = (await _service.CreateAsync("Agentur für Arbeit Nordhorn", OrganisationKind.AgenturFuerArbeit, "DE")).Value;
        var plain = (await _service.CreateApiKeyAsync(organisation, "Koppeling", null)).Value!;
        var keyId = (await _db.ApiKeys.SingleAsync()).Id;

        Assert.True((await _service.RevokeApiKeyAsync(organisation, keyId)).IsOk);

        Assert.Null(await _service.FindActiveKeyOwnerAsync(plain));
        Assert.Equal(0, (await _service.ListAsync()).Single().ActiveKeys);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, (await _service.FindAsync(organisation))!.Keys.Single().RevokedUtc);
    }

    [Fact]
    public async Task Revoke_AnotherOrganisationsKey_IsNotFound()
    {
        var first = (await _service.CreateAsync("Eerste", OrganisationKind.Other, "NL")).Value;
        var second = (await _service.CreateAsync("Tweede", OrganisationKind.Other, "NL")).Value;
        var plain = (await _service.CreateApiKeyAsync(first, "Sleutel", null)).Value!;
        var keyId = (await _db.ApiKeys.SingleAsync()).Id;

        Assert.Equal(Outcome.NotFound, (await _service.RevokeApiKeyAsync(second, keyId)).Outcome);
        Assert.NotNull(await _service.FindActiveKeyOwnerAsync(plain));
    }

    [Fact]
    public async Task CreateKey_ForUnknownOrganisation_IsNotFound() =>
        Assert.Equal(Outcome.NotFound, (await _service.CreateApiKeyAsync(999, "Sleutel", null)).Outcome);

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }
}
