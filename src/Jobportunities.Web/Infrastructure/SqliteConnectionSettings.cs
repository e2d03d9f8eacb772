using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// SQLite's settings for a web server's many short transactions (docs/adr/0031-sqlite-wal-and-commit-without-fsync.md):
/// the database file in write-ahead-log mode (set once at start, it stays in the file), so readers never
/// wait for a writer and a writer never waits for readers; in that mode a commit is written to the log
/// without waiting for the disk (<c>synchronous = NORMAL</c>): a commit survives a crash of the process,
/// only a crash of the operating system or a power cut can lose the last commits. Waits for another
/// writer are handled inside SQLite in milliseconds (<c>busy_timeout</c>) instead of the client
/// library's 150 ms sleeps. Both are settings of a connection, made once per pooled connection.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    private static readonly ConditionalWeakTable<object, object> Prepared = new();
    private static readonly object Marker = new();

    /// <summary>Milliseconds SQLite itself retries a write that meets another writer before it reports "busy".</summary>
    public const int BusyTimeoutMilliseconds = 2000;

    /// <summary>
    /// Pages in the log after which a committing request checkpoints itself: only a backstop (40 MB), since
    /// <see cref="SqliteCheckpoints"/> checkpoints once a second off the request path (ADR 0034).
    /// </summary>
    public const int AutoCheckpointPages = 10_000;

    /// <summary>
    /// SQLite's page cache per connection, in KiB (SQLite's default is 2,000 KiB). Every request writes
    /// (its audit row), and a connection that sees the file changed empties its cache before reading, so a
    /// large cache per pooled connection held memory (15 connections: up to 30 MB) without saving reads
    /// (docs/performance.md, "Soak", session 6).
    /// </summary>
    public const int CacheKibibytes = 512;

    /// <summary>The size the log file is cut back to when it starts over (SQLite keeps the file otherwise at its largest).</summary>
    public const long JournalSizeLimitBytes = 16L * 1024 * 1024;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>Puts the database file in write-ahead-log mode (stored in the file; a no-op for an in-memory database).</summary>
    public static async Task UseWriteAheadLogAsync(DbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
        }
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || Prepared.TryGetValue(handle, out _))
        {
            return;
        }

        using (var command = sqlite.CreateCommand())
        {
            command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA cache_size = -{CacheKibibytes};";
            command.ExecuteNonQuery();
            command.CommandText = "PRAGMA journal_mode;";
            var mode = command.ExecuteScalar() as string;
            if (string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                // Only in WAL mode is NORMAL safe against corruption; a rollback journal keeps FULL.
                command.CommandText = $"PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = {AutoCheckpointPages}; PRAGMA journal_size_limit = {JournalSizeLimitBytes};";
                command.ExecuteNonQuery();
            }
        }

        Prepared.AddOrUpdate(handle, Marker);
    }
}
