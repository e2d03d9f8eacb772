namespace Jobportunities.Core.Common;

/// <summary>
/// "Today" for dates that matter to people (ages, due dates) is the date in the programmes'
/// time zone (Europe/Amsterdam; Berlin keeps the same time), whatever the server's zone is.
/// </summary>
public static class Clock
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
