using Jobportunities.Core.Common;
using Microsoft.Extensions.Caching.Memory;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// The dashboard page's figures, computed at most once a minute per programme (or set of programmes),
/// period and day, and shared by every lead who views that dashboard in that minute (ADR 0032). The
/// figures are programme-wide aggregates (no person's data), so sharing them between viewers shows
/// nobody anything they could not see. The exports keep computing exactly (<see cref="DashboardService.BuildAsync"/>).
/// </summary>
public sealed class SharedDashboards(DashboardService dashboards, IMemoryCache cache, TimeProvider clock)
{
    /// <summary>How long the dashboard page may show figures before they are computed again (ADR 0032).</summary>
    public static readonly TimeSpan SharedFor = TimeSpan.FromMinutes(1);

    /// <summary>
    /// One computation at a time per key: views that arrive while it runs wait for it instead of each
    /// aggregating the programme again. The key holds the programmes as they are now (targets, budget,
    /// dates), so a changed target is shown at once. The computation is not cancelled with a request
    /// (others may wait for it); a failed one is forgotten, so the next view tries again.
    /// </summary>
    public async Task<DashboardReport> ForPageAsync(IReadOnlyList<ReportProgramme> programmes, ReportPeriod period, CancellationToken ct = default)
    {
        var key = ("dashboard", string.Join('|', programmes.OrderBy(p => p.Id)), period, clock.Today());
        return await cache.SharedAsync(key, SharedFor, () => dashboards.BuildAsync(programmes, period, CancellationToken.None), ct);
    }
}
