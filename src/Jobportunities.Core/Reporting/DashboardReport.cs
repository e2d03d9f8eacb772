using Jobportunities.Core.Common;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Programmes;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// The figures of a programme dashboard (or of several programmes together). Plain counts: the
/// small-numbers rule is applied where they are shown (<see cref="SmallNumbers"/>). The meaning
/// of every figure is in docs/reporting.md.
/// </summary>
public sealed record DashboardReport(
    IReadOnlyList<ReportProgramme> Programmes,
    ReportPeriod Period,
    DateOnly Today,
    FunnelFigures Funnel,
    TargetFigures Targets,
    PlacementBreakdowns Placements,
    CheckFigures Checks,
    IReadOnlyList<TrendMonth> Trend,
    BudgetFigures Budget);

/// <summary>The applications submitted in the period, followed to where they are now.</summary>
public sealed record FunnelFigures(int Applications, int Eligible, int Participants, int InTrajectory, int Placed, int Durable);

public sealed record Progress(int Actual, int Target)
{
    public double? Share => Target == 0 ? null : SmallNumbers.IsHidden(Actual) ? null : (double)Actual / Target;
}

/// <summary>
/// Started in the period, against the programmes' targets. Employers and workplaces are null when
/// no programme in the report has that target (docs/reporting.md has the definitions).
/// </summary>
public sealed record TargetFigures(Progress Participants, Progress Placements, Progress DurablePlacements, Progress? Employers = null, Progress? Workplaces = null);

/// <summary>Placements that started in the period, by category. Fixed lists hold every category, zeros too.</summary>
public sealed record PlacementBreakdowns(
    int Total,
    IReadOnlyList<Tally<Sector>> BySector,
    IReadOnlyList<Tally<PlacementKind>> ByKind,
    IReadOnlyList<Tally<string>> ByCountry,
    IReadOnlyList<Tally<string?>> ByArea,
    IReadOnlyList<Tally<string?>> BySource,
    IReadOnlyList<Tally<DashboardAgeBand>> ByAgeBand,
    IReadOnlyList<Tally<Gender>> ByGender,
    IReadOnlyList<Tally<BenefitSituation>> ByBenefit);

/// <summary>Open checks by their state today, and the outcomes verified in the period.</summary>
public sealed record CheckFigures(int Upcoming, int Due, int Overdue, int Durable, int NotDurable, int ContactLost)
{
    public int Recorded => Durable + NotDurable + ContactLost;

    public double? ConfirmedRate => SmallNumbers.Share(Durable, Recorded);
}

public sealed record TrendMonth(int Year, int Month, int Applications, int NewParticipants, int Placements, int DurableOutcomes);

/// <summary>The whole programme, whatever the period: budget, the programme's share of the plan costs, durable placements.</summary>
public sealed record BudgetFigures(decimal Budget, decimal Spent, int DurablePlacements)
{
    public decimal Remaining => Budget - Spent;

    public double? SpentShare => Budget == 0 ? null : (double)(Spent / Budget);

    public decimal? CostPerDurablePlacement => SmallNumbers.PerPerson(Spent, DurablePlacements);
}
