namespace Jobportunities.Core.Reporting;

/// <summary>
/// The period a report covers, both days included. Timestamps (submitted, accepted) are compared
/// by their UTC date, so the period filter and the monthly trend count the same way.
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly Until)
{
    public DateTime FromUtc => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The first moment after the period.</summary>
    public DateTime EndUtc => Until.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The asked period; a missing date is the default's; dates the wrong way round are swapped.</summary>
    public static ReportPeriod Choose(DateOnly? from, DateOnly? until, ReportPeriod fallback)
    {
        var start = from ?? fallback.From;
        var end = until ?? fallback.Until;
        return start <= end ? new ReportPeriod(start, end) : new ReportPeriod(end, start);
    }
}
