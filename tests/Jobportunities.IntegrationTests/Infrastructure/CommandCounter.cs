using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jobportunities.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the SQL commands each request sends, keyed by the request's <see cref="Header"/>: the
/// query budget test sends one fresh key per page view and reads the count afterwards.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    public const string Header = "X-Count-Commands";

    private static readonly HttpContextAccessor Http = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _commands = new();

    public IReadOnlyList<string> For(string key) => _commands.TryGetValue(key, out var list) ? [.. list] : [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Count(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Count(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Count(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Count(command, result));

    private T Count<T>(DbCommand command, T result)
    {
        if (Http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } key)
        {
            _commands.GetOrAdd(key, _ => new()).Enqueue(command.CommandText);
        }

        return result;
    }
}
