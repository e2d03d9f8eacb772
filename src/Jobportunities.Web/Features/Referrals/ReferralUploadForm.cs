using Jobportunities.Core.Intake;

namespace Jobportunities.Web.Features.Referrals;

public sealed class ReferralUploadForm
{
    public IFormFile? File { get; set; }
}

public sealed record ReferralUploadPage(ReferralUploadForm Form);

public sealed record ReferralsPage(ReferralList List, IReadOnlyList<UploadSummary> Uploads, IReadOnlyDictionary<string, string> ProgrammeNames)
{
    public IReadOnlyList<ReferralStatus> Referrals => List.Items;
}

public sealed record UploadReportPage(ReferralUpload Upload, IReadOnlyList<UploadReportLine> Lines)
{
    /// <summary>Rows shown on the page per table; the download has them all.</summary>
    public const int PageRows = 1000;
}
