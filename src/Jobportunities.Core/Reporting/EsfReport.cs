using Jobportunities.Core.Common;
using Jobportunities.Core.Programmes;

namespace Jobportunities.Core.Reporting;

/// <summary>The ESF+ participant indicators of one programme over a period; every person counted once.</summary>
public sealed record EsfReport(
    ReportProgramme Programme,
    ReportPeriod Period,
    DateOnly Today,
    int Participants,
    IReadOnlyList<Tally<Gender>> Gender,
    IReadOnlyList<Tally<EsfAgeBand>> AgeBand,
    IReadOnlyList<Tally<IscedLevel>> Education,
    IReadOnlyList<Tally<LabourMarketStatus>> LabourMarket,
    IReadOnlyList<Tally<BenefitSituation>> Benefit,
    IReadOnlyList<Tally<string>> Country,
    LeavingFigures Leaving,
    SixMonthFigures SixMonths)
{
    /// <summary>The common output and result indicators of Annex I, in its order, each by gender.</summary>
    public IReadOnlyList<EsfIndicator> Indicators { get; init; } = [];

    public GenderCounts Leavers { get; init; } = GenderCounts.None;

    public GenderCounts MeasurableAfterSixMonths { get; init; } = GenderCounts.None;

    /// <summary>Entrants whose postcode gives no degree of urbanisation (EECO17 cannot say whether they are rural).</summary>
    public GenderCounts RuralUnknown { get; init; } = GenderCounts.None;
}
