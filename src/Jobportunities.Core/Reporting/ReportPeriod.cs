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

/// <summary>A category of a breakdown and how many it counts.</summary>
public sealed record Tally<T>(T Key, int Count);

public static class Tallies
{
    /// <summary>Every value of an enum in its order, with the count found or 0.</summary>
    public static IReadOnlyList<Tally<T>> Complete<T>(IReadOnlyList<Tally<T>> found)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new Tally<T>(v, found.Where(f => f.Key.Equals(v)).Sum(f => f.Count))).ToList();

    public static int Total<T>(this IEnumerable<Tally<T>> tallies) => tallies.Sum(t => t.Count);
}

/// <summary>What reports need of a programme: who it is, its period, targets and budget.</summary>
public sealed record ReportProgramme(int Id, string Code, string Name, DateOnly StartDate, DateOnly EndDate, int TargetParticipants, int TargetPlacements, int TargetDurablePlacements, decimal Budget, int? TargetEmployers = null, int? TargetWorkplaces = null)
{
    public ReportPeriod Period => new(StartDate, EndDate);

    /// <summary>The programmes together: from the first start to the last end.</summary>
    public static ReportPeriod PeriodOf(IReadOnlyList<ReportProgramme> programmes) =>
        new(programmes.Min(p => p.StartDate), programmes.Max(p => p.EndDate));
}
