using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jobportunities.Core.Intake;

/// <summary>Wakes the worker when an upload is queued; a signal given while it works is kept for the next round.</summary>
public sealed class ReferralUploadQueue
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _signals.Writer.TryWrite(true);

    /// <summary>Waits for a signal or the poll interval (queued uploads of another instance, a crashed claim).</summary>
    public async Task WaitAsync(TimeSpan poll, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(poll);
        try
        {
            await _signals.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The poll interval passed without a signal.
        }
    }
}

/// <summary>
/// Stores queued referral uploads in the background, oldest first, one at a time per instance.
/// Safe with several instances: <see cref="ReferralUploadService.ProcessNextAsync"/> claims an upload
/// with a conditional update, and takes over one whose worker stopped (<see cref="ReferralUploadService.StaleClaim"/>).
/// </summary>
public sealed class ReferralUploadWorker(IServiceScopeFactory scopes, ReferralUploadQueue queue, ILogger<ReferralUploadWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(15);

    /// <summary>Stores every upload that waits; the number stored.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var stored = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<ReferralUploadService>().ProcessNextAsync(ct))
            {
                return stored;
            }

            stored++;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var stored = await RunOnceAsync(stoppingToken);
                if (stored > 0)
                {
                    logger.LogInformation("Referral uploads stored in the background: {Count}", stored);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The upload stays claimed; after the stale-claim time this or another instance takes it again.
                logger.LogError(ex, "Storing a queued referral upload failed");
            }

            await queue.WaitAsync(Poll, stoppingToken);
        }
    }
}
