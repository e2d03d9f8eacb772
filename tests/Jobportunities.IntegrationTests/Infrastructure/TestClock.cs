using Jobportunities.Core.Common;

namespace Jobportunities.IntegrationTests.Infrastructure;

/// <summary>
/// The one clock policy of the tests: every factory's fake clock starts at the same fixed instant,
/// a Monday morning in the programmes' time zone (08:30 in Amsterdam is 06:30 UTC in June), never
/// at the real time. A test that needs "today" asks the factory's clock with Core's
/// <see cref="Clock.Today(TimeProvider)"/>, as the app does; a test that moves the clock uses a
/// factory of its own.
/// </summary>
public static class TestClock
{
    public static readonly DateTimeOffset Start = new(2026, 6, 15, 6, 30, 0, TimeSpan.Zero);

    /// <summary>A moment for "created at" fields of records a test arranges directly.</summary>
    public static DateTime StartUtc => Start.UtcDateTime;
}
