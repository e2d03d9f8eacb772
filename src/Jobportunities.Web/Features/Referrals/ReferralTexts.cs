using System.Globalization;
using System.Text;
using Jobportunities.Core.Intake;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Referrals;

/// <summary>Codes of Core (problems, progress, unmet conditions) in the user's language.</summary>
public static class ReferralTexts
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>A stored UTC moment as the programmes' local date and time (Amsterdam and Berlin share a zone).</summary>
    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static string Problem(this IStringLocalizer t, CsvProblem problem) =>
        problem.Code == CsvProblems.Unmet
            ? t["Referrals.Csv.Unmet", t["Referrals.Unmet." + problem.Argument]]
            : t["Referrals.Csv." + problem.Code, problem.Argument ?? ""];

    public static string Problems(this IStringLocalizer t, IEnumerable<CsvProblem> problems) =>
        string.Join("; ", problems.Select(p => t.Problem(p)));

    /// <summary>"lives outside the region, age outside the limits" from the stored codes.</summary>
    public static string UnmetConditions(this IStringLocalizer t, IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(c => t["Referrals.Unmet." + c].Value));

    public static string Progress(this IStringLocalizer t, ReferralStatus referral) =>
        referral is { Progress: ReferralProgress.Declined, DeclineReason: { Length: > 0 } reason }
            ? t["Referrals.Progress.DeclinedWith", reason]
            : t["Referrals.Progress." + referral.Progress];

    /// <summary>The badge colour of a progress step.</summary>
    public static string ProgressBadge(ReferralProgress progress) => progress switch
    {
        ReferralProgress.Placed or ReferralProgress.Durable => "jp-badge--ok",
        ReferralProgress.Declined or ReferralProgress.Exited => "jp-badge--warning",
        _ => "jp-badge--neutral",
    };

    /// <summary>The downloadable report: the stored lines with statuses and reasons in the user's language.</summary>
    public static byte[] ReportCsv(this IStringLocalizer t, IEnumerable<UploadReportLine> lines)
    {
        var text = new StringBuilder();
        text.Append(ReferralCsvText.Line([t["Referrals.Report.Line"], t["Referrals.Report.Status"], t["Referrals.Report.Reference"], t["Referrals.Report.Reasons"]]));
        text.Append("\r\n");
        foreach (var line in lines)
        {
            text.Append(ReferralCsvText.Line([
                line.Line.ToString(CultureInfo.InvariantCulture), t["Referrals.Report.Status." + line.Status], line.Reference ?? "", t.Problems(line.Reasons)]));
            text.Append("\r\n");
        }

        // With a BOM, so spreadsheet programs read ü and ë correctly.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
