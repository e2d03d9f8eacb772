using Jobportunities.Core.Programmes;
using Jobportunities.Core.Reporting;
using Jobportunities.Web.Features.Dashboards;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Exports;

/// <summary>The ESF+ participant indicators as tables, in the user's language (column meanings: docs/reporting.md).</summary>
public static class EsfTables
{
    public static IReadOnlyList<ReportTable> Build(EsfReport r, IStringLocalizer t)
    {
        var persons = t["Esf.Persons"].Value;
        var labourMarket = r.LabourMarket
            .Select(x => new ReportRow(t["Esf.Labour." + x.Key], ReportCell.Count(x.Count)))
            .Append(new ReportRow(t["Esf.Labour.LongTermUnemployed"], ReportCell.Count(r.Indicators.FirstOrDefault(i => i.Code == "EECO03")?.Counts.Total ?? 0)))
            .ToList();
        return
        [
            Annex("esf-annex-output", t["EsfAnnex.Output"], r, EsfSection.Output, null, t),
            Annex("esf-annex-other", t["EsfAnnex.OtherOutput"], r, EsfSection.OtherOutput, null, t),
            Annex("esf-annex-leaving", t["EsfAnnex.ImmediateResult"], r, EsfSection.ImmediateResult, (t["EsfAnnex.Leavers"].Value, r.Leavers), t),
            Annex("esf-annex-six-months", t["EsfAnnex.LongerTermResult"], r, EsfSection.LongerTermResult, (t["EsfAnnex.Measurable"].Value, r.MeasurableAfterSixMonths), t),
            new("esf-participants", t["Esf.Participants"], t["Report.Item"], [persons],
                [new(t["Esf.Participants.Total"], ReportCell.Count(r.Participants))]) { Note = t["Esf.Participants.Note"] },
            DashboardTables.Breakdown("esf-gender", t["Esf.Gender"], t["Dashboard.Gender"], persons, r.Gender, g => DashboardTables.GenderName(g, t), t, ChartKind.None),
            DashboardTables.Breakdown("esf-age", t["Esf.Age"], t["Dashboard.AgeBand"], persons, r.AgeBand, a => t["EsfAgeBand." + a], t, ChartKind.None),
            DashboardTables.Breakdown("esf-education", t["Esf.Education"], t["Esf.Isced"], persons, r.Education, l => t["Isced." + l], t, ChartKind.None),
            new("esf-labour-market", t["Esf.LabourMarket"], t["Esf.Status"], [persons], labourMarket)
            {
                Footer = [new(t["Dashboard.Total"], ReportCell.Count(r.LabourMarket.Total()))],
                Note = t["Esf.LabourMarket.Note"],
            },
            DashboardTables.Breakdown("esf-benefit", t["Esf.Benefit"], t["Dashboard.Benefit"], persons, r.Benefit, b => t["Benefit." + b.ToCode()], t, ChartKind.None),
            DashboardTables.Breakdown("esf-country", t["Esf.Country"], t["Dashboard.Country"], persons, r.Country, c => DashboardTables.CountryName(c, t), t, ChartKind.None),
            new("esf-leaving", t["Esf.Leaving"], t["Esf.Indicator"], [persons],
            [
                new(t["Esf.Leaving.Leavers"], ReportCell.Count(r.Leaving.Leavers)),
                new(t["Esf.Leaving.InEmployment"], ReportCell.Count(r.Leaving.InEmployment)),
                new(t["Esf.Leaving.JobSearching"], ReportCell.Count(r.Leaving.JobSearching)),
                new(t["Esf.Leaving.InEducation"], ReportCell.Count(r.Leaving.InEducationOrTraining)),
                new(t["Esf.Leaving.Qualification"], ReportCell.Count(r.Leaving.GainedQualification)),
            ]) { Note = t["Esf.Leaving.Note"] },
            new("esf-six-months", t["Esf.SixMonths"], t["Esf.Indicator"], [persons],
            [
                new(t["Esf.SixMonths.Measurable"], ReportCell.Count(r.SixMonths.Measurable)),
                new(t["Esf.SixMonths.InEmployment"], ReportCell.Count(r.SixMonths.InEmployment)),
                new(t["Esf.SixMonths.Improved"], ReportCell.Count(r.SixMonths.ImprovedSituation)),
            ]) { Note = t["Esf.SixMonths.Note"] },
        ];
    }

    /// <summary>One part of Annex I: a row per indicator ("code – Annex wording"), a column per gender and the total.</summary>
    private static ReportTable Annex(string id, string title, EsfReport r, EsfSection section, (string Label, GenderCounts Counts)? basis, IStringLocalizer t)
    {
        IReadOnlyList<string> columns = [t["Gender.Female"], t["Gender.Male"], t["Gender.NonBinary"], t["Dashboard.GenderUnknown"], t["Dashboard.Total"]];
        var rows = r.Indicators.Where(i => i.Section == section)
            .Select(i => Row($"{i.Code} {t["EsfAnnex." + i.Code]}", i.Counts))
            .ToList();
        if (section == EsfSection.OtherOutput)
        {
            rows.Add(Row(t["EsfAnnex.EECO17.Unknown"], r.RuralUnknown));
        }

        if (basis is { } b)
        {
            rows.Insert(0, Row(b.Label, b.Counts));
        }

        return new(id, title, t["Esf.Indicator"], columns, rows) { Note = t["EsfAnnex.Note." + section] };
    }

    private static ReportRow Row(string label, GenderCounts c) =>
        new(label, ReportCell.Count(c.Women), ReportCell.Count(c.Men), ReportCell.Count(c.NonBinary), ReportCell.Count(c.Unknown), ReportCell.Count(c.Total));
}
