using System.Threading.Channels;
using Jobportunities.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Jobportunities.Core.Audit;

/// <summary>
/// Commits the audit rows that concurrent requests write on their own (a page view's read, a refused
/// read) together, in one transaction on a SQLite file (docs/adr/0035-audit-rows-committed-in-groups.md).
/// Every page view wrote its row in a transaction of its own: under load the process committed the
/// same few pages of the audit table and its indexes to the write-ahead log once per request, one
/// request after another. Now the rows that arrive while a group is being written are the next
/// group. Each request still waits until its own row is committed before it goes on, so a crash
/// loses no row of a page that was shown, exactly as before (ADR 0031).
/// A row that belongs to a larger change (the caller has other changes pending, or a transaction of
/// its own), and every row on SQL Server or an in-memory database, is saved as before by
/// <see cref="AuditLog"/> itself.
/// </summary>
public sealed class AuditGroupCommit : IAsyncDisposable
{
    /// <summary>The most rows in one transaction; more wait for the next.</summary>
    public const int MostRowsPerGroup = 256;

    private readonly Channel<Pending> _pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly AsyncServiceScope _scope;
    private readonly AppDbContext _db;
    private readonly Task _writer;
    private long _groups;

    public AuditGroupCommit(IServiceScopeFactory scopes)
    {
        // The writer's own context, made now: when the app stops, the rows still queued are written
        // although no scope can be made any more. It is emptied after each group.
        _scope = scopes.CreateAsyncScope();
        _db = _scope.ServiceProvider.GetRequiredService<AppDbContext>();
        _db.ChangeTracker.AutoDetectChangesEnabled = false;

        // The writer must not carry the first request's context (its HttpContext, its cancellation) for the life of the app.
        using (ExecutionContext.SuppressFlow())
        {
            _writer = Task.Run(WriteGroupsAsync);
        }
    }

    /// <summary>The number of groups committed (for tests and the performance notes).</summary>
    public long Groups => Interlocked.Read(ref _groups);

    /// <summary>Whether a row for <paramref name="db"/> may go into a group: a SQLite file, no transaction of the caller's, nothing else to save.</summary>
    public static bool Accepts(AppDbContext db) => db.WritesSqliteFileOnItsOwn && !db.ChangeTracker.HasChanges();

    /// <summary>Queues the row and returns once the group that holds it is committed; a failed group fails each of its requests.</summary>
    public Task AppendAsync(AuditEntry entry)
    {
        var row = new Pending(entry, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _pending.Writer.TryWrite(row) ? row.Committed.Task : Task.FromException(new ObjectDisposedException(nameof(AuditGroupCommit)));
    }

    public async ValueTask DisposeAsync()
    {
        // Rows queued before the app stops are still committed.
        _pending.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    private async Task WriteGroupsAsync()
    {
        var group = new List<Pending>(MostRowsPerGroup);
        try
        {
            while (await _pending.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (group.Count < MostRowsPerGroup && _pending.Reader.TryRead(out var row))
                {
                    group.Add(row);
                }

                try
                {
                    _db.AuditEntries.AddRange(group.Select(r => r.Entry));
                    await _db.SaveChangesAsync().ConfigureAwait(false);
                    Interlocked.Increment(ref _groups);
                    group.ForEach(r => r.Committed.TrySetResult());
                }
                catch (Exception e)
                {
                    group.ForEach(r => r.Committed.TrySetException(e));
                }
                finally
                {
                    _db.ChangeTracker.Clear();
                    group.Clear();
                }
            }
        }
        finally
        {
            await _scope.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed record Pending(AuditEntry Entry, TaskCompletionSource Committed);
}
