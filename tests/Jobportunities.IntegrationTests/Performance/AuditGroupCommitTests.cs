using System.Net;
using Jobportunities.Core.Audit;
using Jobportunities.Core.Data;
using Jobportunities.IntegrationTests.Infrastructure;
using Jobportunities.Web.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.IntegrationTests.Performance;

/// <summary>
/// Audit rows written on their own are committed in groups on a SQLite file (ADR 0035): every row is
/// committed before its request goes on, rows that wait together share one transaction, and a row
/// that belongs to a larger change stays in that change.
/// </summary>
public class AuditGroupCommitTests(DatabaseFileAppFactory factory) : IClassFixture<DatabaseFileAppFactory>
{
    [Fact]
    public async Task ConcurrentPageViews_EachHaveTheirRow_CommittedBeforeTheAnswer()
    {
        const string email = DemoAccounts.Coach;
        var client = factory.Browser();
        await client.SignInAsync(email);
        var userId = await UserIdAsync(email);
        var since = await factory.LastAuditIdAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.GetAsync("/participants")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var rows = await factory.AuditAfterAsync(since);
        Assert.Equal(16, rows.Count(r => r.ActorUserId == userId && r.ObjectType == AuditObjects.Caseload && r.Action == AuditAction.Read));

        // One view more: its row is there as soon as the page is.
        var last = await factory.LastAuditIdAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/participants")).StatusCode);
        Assert.Single(await factory.AuditAfterAsync(last), r => r.ActorUserId == userId && r.ObjectType == AuditObjects.Caseload);
    }

    [Fact]
    public async Task RowsWaitingForTheLock_AreCommittedTogether_InOneTransaction()
    {
        using var file = new TemporaryDatabase();
        await using var services = file.Services();
        var groups = services.GetRequiredService<AuditGroupCommit>();
        await using var blocker = await file.HoldWriteLockAsync();

        var first = groups.AppendAsync(Entry("first"));
        await Task.Delay(200);
        var rest = Enumerable.Range(0, 20).Select(i => groups.AppendAsync(Entry("row-" + i))).ToList();
        await Task.Delay(200);
        Assert.False(first.IsCompleted);
        Assert.DoesNotContain(rest, r => r.IsCompleted);
        await blocker.ReleaseAsync();

        await Task.WhenAll(rest.Append(first)).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(21, await file.CountAsync());
        Assert.InRange(groups.Groups, 1, 2);
    }

    [Fact]
    public async Task Row_WithOtherChangesPending_IsSavedWithThem_NotInAGroup()
    {
        using var file = new TemporaryDatabase();
        await using var services = file.Services();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var groups = services.GetRequiredService<AuditGroupCommit>();
        var audit = ActivatorUtilities.CreateInstance<AuditLog>(scope.ServiceProvider, new TestOrigin());
        db.AuditEntries.Add(Entry("the change"));

        await audit.WriteAsync("test", AuditAction.Update, "Test", "its row");

        Assert.Equal(2, await file.CountAsync());
        Assert.Equal(0, groups.Groups);
        Assert.False(db.ChangeTracker.HasChanges());
    }

    [Fact]
    public async Task Row_InsideTheCallersTransaction_RollsBackWithIt()
    {
        using var file = new TemporaryDatabase();
        await using var services = file.Services();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audit = ActivatorUtilities.CreateInstance<AuditLog>(scope.ServiceProvider, new TestOrigin());

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await audit.WriteAsync("test", AuditAction.Read, "Test", "rolled back");
            await transaction.RollbackAsync();
        }

        await audit.WriteAsync("test", AuditAction.Read, "Test", "kept");

        Assert.Equal(1, await file.CountAsync());
        Assert.Equal(1, services.GetRequiredService<AuditGroupCommit>().Groups);
    }

    [Fact]
    public async Task Stopping_CommitsTheRowsStillQueued()
    {
        using var file = new TemporaryDatabase();
        var services = file.Services();
        var groups = services.GetRequiredService<AuditGroupCommit>();
        var blocker = await file.HoldWriteLockAsync();
        var rows = Enumerable.Range(0, 5).Select(i => groups.AppendAsync(Entry("row-" + i))).ToList();

        var stopping = services.DisposeAsync().AsTask();
        await Task.Delay(200);
        await blocker.DisposeAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));

        await Task.WhenAll(rows);
        Assert.Equal(5, await file.CountAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => groups.AppendAsync(Entry("too late")));
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = factory.Db();
        return await db.Context.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private static AuditEntry Entry(string id) =>
        new(DateTime.UtcNow, "test", AuditAction.Read, "Test", id, AuditResult.Success, "test", null);

    private sealed class WriteLock(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async Task ReleaseAsync()
        {
            if (transaction.Connection is not null)
            {
                await transaction.RollbackAsync();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await ReleaseAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    private sealed class TestOrigin : IAuditOrigin
    {
        public string Describe() => "test";
    }

    /// <summary>A SQLite file of its own with the model, a container like the app's, deleted afterwards.</summary>
    private sealed class TemporaryDatabase : IDisposable
    {
        private readonly string _file = Path.Combine(Path.GetTempPath(), $"jobportunities-groups-{Guid.NewGuid():N}.db");

        public TemporaryDatabase()
        {
            using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(ConnectionString).Options);
            db.Database.EnsureCreated();
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode = WAL;");
        }

        private string ConnectionString => $"Data Source={_file};Pooling=False";

        public ServiceProvider Services()
        {
            var services = new ServiceCollection();
            services.AddDbContext<AppDbContext>(o => o.UseSqlite(ConnectionString));
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<AuditGroupCommit>();
            return services.BuildServiceProvider();
        }

        /// <summary>Another connection's write transaction: the file is locked for writers until it ends.</summary>
        public async Task<WriteLock> HoldWriteLockAsync()
        {
            var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync();
            var transaction = connection.BeginTransaction(deferred: false);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO AuditEntries (AtUtc, ActorUserId, Action, ObjectType, ObjectId, Result, Origin) VALUES ('2026-01-01', 'x', 'Read', 'Lock', 'x', 'Success', 'x');";
            await command.ExecuteNonQueryAsync();
            return new WriteLock(connection, transaction);
        }

        public async Task<int> CountAsync()
        {
            await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(ConnectionString).Options);
            return await db.AuditEntries.CountAsync(e => e.ObjectType != "Lock");
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
}
