using Jobportunities.Core.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jobportunities.Core.Privacy;

/// <summary>
/// Anonymises what <see cref="RetentionRule"/> makes due, once a day (and at start-up), on the
/// injected TimeProvider. Safe with several app instances: every anonymisation is a conditional
/// update, so an instance that comes second changes nothing.
/// </summary>
public sealed class RetentionJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionJob> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(24);

    public async Task<RetentionRun> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionService>().RunAsync(clock.Today(), ct);
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
                // A failed run is retried tomorrow; nothing is half done (one transaction per file).
                logger.LogError(ex, "Retention run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
