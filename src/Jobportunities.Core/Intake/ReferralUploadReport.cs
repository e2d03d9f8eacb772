namespace Jobportunities.Core.Intake;

/// <summary>What became of one data line of an upload: accepted, already known or rejected.</summary>
public static class UploadLineStatus
{
    public const string Accepted = "accepted";
    public const string Known = "known";
    public const string Rejected = "rejected";
}

/// <summary>
/// One line of an upload's report. Reasons are problem codes (rejected rows) or unmet
/// eligibility conditions (accepted rows), so the report can be shown in any language later.
/// </summary>
public sealed record UploadReportLine(int Line, string Status, string? Reference, IReadOnlyList<CsvProblem> Reasons);

/// <summary>The stored form of an upload's report: CSV "line;status;reference;reasons", reasons separated by "|".</summary>
public static class ReferralUploadReport
{
    public const string Header = "line;status;reference;reasons";

    public static string Write(IEnumerable<UploadReportLine> lines)
    {
        var text = new System.Text.StringBuilder(Header).Append('\n');
        foreach (var line in lines)
        {
            text.Append(ReferralCsvText.Line(
                [line.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), line.Status, line.Reference ?? "", string.Join('|', line.Reasons)]))
                .Append('\n');
        }

        return text.ToString();
    }

    public static IReadOnlyList<UploadReportLine> Read(string csv) =>
        ReferralCsvText.Read(csv, ';')
            .Skip(1)
            .Where(r => !r.IsBlank && r.Fields.Count >= 4)
            .Select(r => new UploadReportLine(
                int.Parse(r.Fields[0], System.Globalization.CultureInfo.InvariantCulture),
                r.Fields[1],
                r.Fields[2].Length == 0 ? null : r.Fields[2],
                r.Fields[3].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(CsvProblem.Parse).ToList()))
            .ToList();
}
