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
            command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
            command.ExecuteNonQuery();
            command.CommandText = "PRAGMA journal_mode;";
            var mode = command.ExecuteScalar() as string;
            if (string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                // Only in WAL mode is NORMAL safe against corruption; a rollback journal keeps FULL.
                command.CommandText = "PRAGMA synchronous = NORMAL;";
                command.ExecuteNonQuery();
            }
        }

        Prepared.AddOrUpdate(handle, Marker);
    }
}
