namespace Jobportunities.UnitTests;

/// <summary>
/// A fixed moment for the "created at" stamps of records a rule test builds, never the real time:
/// a Monday morning in the programmes' time zone (08:30 in Amsterdam is 06:30 UTC in June).
/// </summary>
public static class TestClock
{
    public static readonly DateTime StartUtc = new(2026, 6, 15, 6, 30, 0, DateTimeKind.Utc);
}
