using Jobportunities.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// Copies SQLite's write-ahead log into the database file once a second, off the request path
/// (docs/adr/0034-sqlite-checkpoints-on-a-timer.md). SQLite's own checkpoint runs inside the commit
/// that fills the log past a size, so a request paid for it; and under continuous reads the log could
/// never start over (a reader always used its last frames), so it grew without end and every commit
/// tried to checkpoint again. A RESTART checkpoint waits a moment for the readers of the log's end,
/// so the next writer starts the log from its beginning. The request connections keep SQLite's
/// automatic checkpoint only as a backstop (<see cref="SqliteConnectionSettings"/>).
/// </summary>
internal sealed class SqliteCheckpoints(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<SqliteCheckpoints> logger) : BackgroundService
{
    /// <summary>Milliseconds the checkpoint waits for the writer's lock and for readers before it copies what it can.</summary>
    public const int WaitMilliseconds = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? connectionString;
        try
        {
            connectionString = OwnConnection(await ConnectionStringAsync());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A background service that throws stops the host: without checkpoints the request connections' automatic one remains.
            logger.LogWarning(e, "SQLite checkpoints not started");
            return;
        }

        if (connectionString is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Database:CheckpointSeconds", 1))));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                Checkpoint(connectionString);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Never stops the app: the next tick tries again, and the request connections' automatic checkpoint remains as a backstop.
                logger.LogWarning(e, "SQLite checkpoint failed");
            }
        }
    }

    /// <summary>The checkpoint on a connection of its own: <c>(busy, frames in the log, frames copied)</c>.</summary>
    public static (bool Busy, long Log, long Copied) Checkpoint(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {WaitMilliseconds}; PRAGMA journal_size_limit = {SqliteConnectionSettings.JournalSizeLimitBytes};";
        command.ExecuteNonQuery();
        command.CommandText = "PRAGMA wal_checkpoint(RESTART);";
        using var reader = command.ExecuteReader();
        return reader.Read() && reader.FieldCount == 3 ? (reader.GetInt64(0) != 0, reader.GetInt64(1), reader.GetInt64(2)) : (false, 0, 0);
    }

    /// <summary>The app's SQLite connection without pooling (its busy timeout must not reach a request's connection); null for SQL Server or an in-memory database.</summary>
    internal static string? OwnConnection(string? connectionString)
    {
        if (connectionString is null)
        {
            return null;
        }

        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            return null;
        }

        builder.Pooling = false;
        return builder.ToString();
    }

    /// <summary>
    /// The connection string from the context's options, without making a context: a context over a
    /// connection that is already open (the tests' in-memory database) would set it up again while a
    /// request may be using it.
    /// </summary>
    private async Task<string?> ConnectionStringAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var relational = RelationalOptionsExtension.Extract(scope.ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>());
        return relational.Connection?.ConnectionString ?? relational.ConnectionString;
    }
}
