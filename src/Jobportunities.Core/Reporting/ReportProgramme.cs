namespace Jobportunities.Core.Reporting;

/// <summary>What reports need of a programme: who it is, its period, targets and budget.</summary>
public sealed record ReportProgramme(int Id, string Code, string Name, DateOnly StartDate, DateOnly EndDate, int TargetParticipants, int TargetPlacements, int TargetDurablePlacements, decimal Budget, int? TargetEmployers = null, int? TargetWorkplaces = null)
{
    public ReportPeriod Period => new(StartDate, EndDate);

    /// <summary>The programmes together: from the first start to the last end.</summary>
    public static ReportPeriod PeriodOf(IReadOnlyList<ReportProgramme> programmes) =>
        new(programmes.Min(p => p.StartDate), programmes.Max(p => p.EndDate));
}
