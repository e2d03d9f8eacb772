using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jobportunities.Core.Placements;

/// <summary>
/// Keeps durable-check states current once a day (and at start-up), on the injected
/// TimeProvider so tests can move time. Safe with several app instances: the refresh is
/// idempotent and conflicts are swallowed by <see cref="DurableCheckService"/>.
/// </summary>
public sealed class DurableCheckJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DurableCheckJob> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(24);

    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var changed = await scope.ServiceProvider.GetRequiredService<DurableCheckService>().RefreshAllAsync(ct);
        logger.LogInformation("Durable checks refreshed: {Changed} changed", changed);
        return changed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed run is retried tomorrow; the lists refresh their own checks on every read.
                logger.LogError(ex, "Durable check refresh failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
