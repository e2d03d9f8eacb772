using System.Net;
using Jobportunities.Core.Audit;
using Jobportunities.Core.Data;
using Jobportunities.Core.Intake;
using Jobportunities.IntegrationTests.Api;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Jobportunities.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jobportunities.IntegrationTests.Performance;

/// <summary>
/// The cheaper write paths of session 6 (docs/performance.md): a referral, its consents and its audit
/// row in one SaveChanges; SaveChanges calls on one SQLite file queued in the process (ADR 0033);
/// checkpoints off the request path (ADR 0034).
/// </summary>
public class SqliteWritesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ApiReferral_IsStoredWithItsConsentsAndItsAuditRow_AndAnsweredFromWhatWasStored()
    {
        var since = await factory.LastAuditIdAsync();
        var api = ApiClient.Create(factory, DemoApiKeys.UwvEmmen);
        var external = ApiClient.NewReference();

        var response = await api.PostReferralAsync(ApiClient.Referral(external));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var reference = body.GetProperty("reference").GetString()!;
        Assert.Equal("received", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("eligible").GetBoolean());
        await using var db = factory.Db();
        var application = await db.Context.Applications.SingleAsync(a => a.ExternalReference == external);
        Assert.Equal(reference, application.Reference);
        var consents = await db.Context.ConsentRecords.Where(c => c.ApplicationId == application.Id).Select(c => c.Purpose).ToListAsync();
        Assert.Equal(
            [ConsentPurpose.PrivacyStatement, ConsentPurpose.ShareWithReferrer, ConsentPurpose.ShareWithEmployers, ConsentPurpose.ShareWithTrainingProviders],
            consents.Order());
        var audit = await db.Context.AuditEntries.Where(e => e.Id > since && e.ObjectType == AuditObjects.Referral).ToListAsync();
        var row = Assert.Single(audit);
        Assert.Equal(reference, row.ObjectId);
        Assert.Equal(AuditAction.Read, row.Action);
        Assert.Equal(AuditResult.Success, row.Result);
        Assert.StartsWith("api-key:", row.ActorUserId, StringComparison.Ordinal);
        Assert.Contains("POST /api/v1/referrals", row.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiReferral_SentAgain_AnswersTheFirst_WithoutASecondRow()
    {
        var api = ApiClient.Create(factory, DemoApiKeys.UwvEmmen);
        var external = ApiClient.NewReference();
        var first = await (await api.PostReferralAsync(ApiClient.Referral(external))).JsonAsync();

        var again = await api.PostReferralAsync(ApiClient.Referral(external));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first.GetProperty("reference").GetString(), (await again.JsonAsync()).GetProperty("reference").GetString());
        await using var db = factory.Db();
        Assert.Equal(1, await db.Context.Applications.CountAsync(a => a.ExternalReference == external));
    }

    [Fact]
    public async Task SaveChanges_StartedInsideAnotherOnTheSameFile_FinishesInsteadOfWaitingForever()
    {
        using var file = new TemporaryDatabase();
        await using (var setup = file.Context())
        {
            await setup.Database.EnsureCreatedAsync();
        }

        var nested = new NestedWrite(file);
        await using var outer = file.Context(nested);
        outer.AuditEntries.Add(Entry("outer"));

        var save = outer.SaveChangesAsync();
        var finished = await Task.WhenAny(save, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.Same(save, finished);
        await save;
        await using var check = file.Context();
        Assert.Equal(["inner", "outer"], await check.AuditEntries.OrderBy(e => e.Id).Select(e => e.ObjectId).ToListAsync());
    }

    [Fact]
    public async Task ManySaveChangesAtOnce_OnOneFile_AllSucceed()
    {
        using var file = new TemporaryDatabase();
        await using (var setup = file.Context())
        {
            await setup.Database.EnsureCreatedAsync();
            await setup.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        }

        await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(async () =>
        {
            await using var db = file.Context();
            db.AuditEntries.Add(Entry("row-" + i));
            await db.SaveChangesAsync();
        })));

        await using var check = file.Context();
        Assert.Equal(32, await check.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Checkpoint_CopiesTheWholeLog_SoTheNextWriteStartsItOver()
    {
        using var file = new TemporaryDatabase();
        await using var writer = new SqliteConnection(file.ConnectionString);
        await writer.OpenAsync();
        await using (var command = writer.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (x TEXT);";
            await command.ExecuteNonQueryAsync();
            command.CommandText = "INSERT INTO t VALUES (randomblob(2000));";
            for (var i = 0; i < 200; i++)
            {
                await command.ExecuteNonQueryAsync();
            }
        }

        var connection = SqliteCheckpoints.OwnConnection(file.ConnectionString)!;
        var (busy, log, copied) = SqliteCheckpoints.Checkpoint(connection);

        Assert.False(busy);
        Assert.True(log > 100, $"log: {log} frames");
        Assert.Equal(log, copied);
        await using (var command = writer.CreateCommand())
        {
            command.CommandText = "INSERT INTO t VALUES ('after');";
            await command.ExecuteNonQueryAsync();
        }

        var (_, logAfter, _) = SqliteCheckpoints.Checkpoint(connection);
        Assert.True(logAfter < 10, $"the log started over: {logAfter} frames");
        Assert.Null(SqliteCheckpoints.OwnConnection("Data Source=:memory:"));
    }

    private static AuditEntry Entry(string id) =>
        new(DateTime.UtcNow, "test", AuditAction.Read, "Test", id, AuditResult.Success, "test", null);

    /// <summary>A SQLite file of its own, deleted afterwards.</summary>
    private sealed class TemporaryDatabase : IDisposable
    {
        private readonly string _file = Path.Combine(Path.GetTempPath(), $"jobportunities-writes-{Guid.NewGuid():N}.db");

        public string ConnectionString => $"Data Source={_file}";

        public AppDbContext Context(IInterceptor? interceptor = null)
        {
            var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(ConnectionString);
            if (interceptor is not null)
            {
                options.AddInterceptors(interceptor);
            }

            return new AppDbContext(options.Options);
        }

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Another write to the same file while the first SaveChanges is under way (as an interceptor that writes could).</summary>
    private sealed class NestedWrite(TemporaryDatabase file) : SaveChangesInterceptor
    {
        private bool _done;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!_done)
            {
                _done = true;
                await using var inner = file.Context();
                inner.AuditEntries.Add(Entry("inner"));
                await inner.SaveChangesAsync(cancellationToken);
            }

            return result;
        }
    }
}
