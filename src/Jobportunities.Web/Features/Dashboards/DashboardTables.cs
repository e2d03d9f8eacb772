using System.Globalization;
using Jobportunities.Core.Common;
using Jobportunities.Core.Programmes;
using Jobportunities.Core.Reporting;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Dashboards;

/// <summary>The dashboard as tables, in the user's language: the page, its charts and the dashboard exports all show these.</summary>
public static class DashboardTables
{
    public static IReadOnlyList<ReportTable> Build(DashboardReport r, IStringLocalizer t, CultureInfo culture)
    {
        var count = t["Dashboard.Number"].Value;
        var placements = t["Dashboard.Placements"].Value;
        var p = r.Placements;
        return
        [
            new("funnel", t["Dashboard.Funnel"], t["Dashboard.Step"], [count],
            [
                new(t["Dashboard.Funnel.Applications"], ReportCell.Count(r.Funnel.Applications)),
                new(t["Dashboard.Funnel.Eligible"], ReportCell.Count(r.Funnel.Eligible)),
                new(t["Dashboard.Funnel.Participants"], ReportCell.Count(r.Funnel.Participants)),
                new(t["Dashboard.Funnel.InTrajectory"], ReportCell.Count(r.Funnel.InTrajectory)),
                new(t["Dashboard.Funnel.Placed"], ReportCell.Count(r.Funnel.Placed)),
                new(t["Dashboard.Funnel.Durable"], ReportCell.Count(r.Funnel.Durable)),
            ]) { Chart = ChartKind.HorizontalBar, Note = t["Dashboard.Funnel.Note"] },
            new("targets", t["Dashboard.Targets"], t["Dashboard.Target"], [t["Dashboard.Achieved"], t["Dashboard.TargetValue"], t["Dashboard.OfTarget"]],
            [
                Progress(t["Dashboard.Targets.Participants"], r.Targets.Participants),
                Progress(t["Dashboard.Targets.Placements"], r.Targets.Placements),
                Progress(t["Dashboard.Targets.Durable"], r.Targets.DurablePlacements),
                .. r.Targets.Employers is { } employers ? [Progress(t["Dashboard.Targets.Employers"], employers)] : Array.Empty<ReportRow>(),
                .. r.Targets.Workplaces is { } workplaces ? [Progress(t["Dashboard.Targets.Workplaces"], workplaces)] : Array.Empty<ReportRow>(),
            ]) { Chart = ChartKind.Bar, Note = t["Dashboard.Targets.Note"] },
            Breakdown("by-sector", t["Dashboard.BySector"], t["Dashboard.Sector"], placements, p.BySector, s => t["Sector." + s], t, ChartKind.HorizontalBar),
            Breakdown("by-kind", t["Dashboard.ByKind"], t["Dashboard.Kind"], placements, p.ByKind, k => t["PlacementKind." + k], t, ChartKind.Bar),
            Breakdown("by-country", t["Dashboard.ByCountry"], t["Dashboard.Country"], placements, p.ByCountry, c => CountryName(c, t), t, ChartKind.Doughnut),
            Breakdown("by-area", t["Dashboard.ByArea"], t["Dashboard.Area"], placements, p.ByArea, a => a ?? t["Dashboard.UnknownArea"], t, ChartKind.HorizontalBar),
            Breakdown("by-source", t["Dashboard.BySource"], t["Dashboard.Source"], placements, p.BySource, s => s ?? t["Dashboard.OwnApplication"], t, ChartKind.HorizontalBar),
            Breakdown("by-age", t["Dashboard.ByAge"], t["Dashboard.AgeBand"], placements, p.ByAgeBand, a => t["AgeBand." + a], t, ChartKind.Bar),
            Breakdown("by-gender", t["Dashboard.ByGender"], t["Dashboard.Gender"], placements, p.ByGender, g => GenderName(g, t), t, ChartKind.Doughnut),
            Breakdown("by-benefit", t["Dashboard.ByBenefit"], t["Dashboard.Benefit"], placements, p.ByBenefit, b => t["Benefit." + b.ToCode()], t, ChartKind.HorizontalBar),
            new("durable-checks", t["Dashboard.Checks"], t["Dashboard.CheckState"], [count],
            [
                new(t["DurableState.Upcoming"], ReportCell.Count(r.Checks.Upcoming)),
                new(t["DurableState.Due"], ReportCell.Count(r.Checks.Due)),
                new(t["DurableState.Overdue"], ReportCell.Count(r.Checks.Overdue)),
            ]) { Chart = ChartKind.Bar, Note = t["Dashboard.Checks.Note"] },
            new("check-outcomes", t["Dashboard.Outcomes"], t["Dashboard.Outcome"], [count],
            [
                new(t["DurableOutcome.Durable"], ReportCell.Count(r.Checks.Durable)),
                new(t["DurableOutcome.NotDurable"], ReportCell.Count(r.Checks.NotDurable)),
                new(t["DurableOutcome.ContactLost"], ReportCell.Count(r.Checks.ContactLost)),
            ])
            {
                Chart = ChartKind.Doughnut,
                Footer = [new(t["Dashboard.Total"], ReportCell.Count(r.Checks.Recorded)), new(t["Dashboard.ConfirmedRate"], ReportCell.Percent(r.Checks.ConfirmedRate))],
            },
            new("trend", t["Dashboard.Trend"], t["Dashboard.Month"],
                [t["Dashboard.Trend.Applications"], t["Dashboard.Trend.Participants"], t["Dashboard.Trend.Placements"], t["Dashboard.Trend.Durable"]],
                r.Trend.Select(m => new ReportRow(new DateOnly(m.Year, m.Month, 1).ToString("MMMM yyyy", culture),
                    ReportCell.Count(m.Applications), ReportCell.Count(m.NewParticipants), ReportCell.Count(m.Placements), ReportCell.Count(m.DurableOutcomes))).ToList())
            { Chart = ChartKind.Line, Note = t["Dashboard.Trend.Note"] },
            new("budget", t["Dashboard.Budget"], t["Dashboard.Item"], [t["Dashboard.Amount"]],
            [
                new(t["Dashboard.BudgetAmount"], ReportCell.Money(r.Budget.Budget)),
                new(t["Dashboard.Spent"], ReportCell.Money(r.Budget.Spent)),
            ])
            {
                Chart = ChartKind.Bar,
                Note = t["Dashboard.Budget.Note"],
                Footer =
                [
                    new(t["Dashboard.Remaining"], ReportCell.Money(r.Budget.Remaining)),
                    new(t["Dashboard.SpentShare"], ReportCell.Percent(r.Budget.SpentShare)),
                    new(t["Dashboard.DurableAllTime"], ReportCell.Count(r.Budget.DurablePlacements)),
                    new(t["Dashboard.CostPerDurable"], ReportCell.Money(r.Budget.CostPerDurablePlacement)),
                ],
            },
        ];
    }

    /// <summary>What a report covers: the first table of every export.</summary>
    public static ReportTable About(string programmes, ReportPeriod period, DateOnly generated, IStringLocalizer t) =>
        new("about", t["Report.About"], t["Report.Item"], [t["Report.Value"]],
        [
            new(t["Report.Programme"], ReportCell.Of(programmes)),
            new(t["Report.From"], ReportCell.Of(period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            new(t["Report.Until"], ReportCell.Of(period.Until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            new(t["Report.Generated"], ReportCell.Of(generated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            new(t["Report.SmallNumbers"], ReportCell.Of(t["Report.SmallNumbers.Text"])),
        ]);

    public static ReportTable Breakdown<T>(string id, string title, string rowHeading, string column, IReadOnlyList<Tally<T>> tallies, Func<T, string> label, IStringLocalizer t, ChartKind chart) =>
        new(id, title, rowHeading, [column], tallies.Select(x => new ReportRow(label(x.Key), ReportCell.Count(x.Count))).ToList())
        {
            Chart = chart,
            Footer = [new(t["Dashboard.Total"], ReportCell.Count(tallies.Total()))],
        };

    public static string CountryName(string code, IStringLocalizer t) => code is "NL" or "DE" ? t["Country." + code] : code;

    public static string GenderName(Gender gender, IStringLocalizer t) => gender == Gender.Unknown ? t["Dashboard.GenderUnknown"] : t["Gender." + gender];

    private static ReportRow Progress(string label, Progress progress) =>
        new(label, ReportCell.Count(progress.Actual), ReportCell.Plain(progress.Target), ReportCell.Percent(progress.Share));
}
