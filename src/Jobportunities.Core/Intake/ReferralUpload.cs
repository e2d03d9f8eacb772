namespace Jobportunities.Core.Intake;

/// <summary>A referrer's CSV upload and its row-by-row report (downloadable afterwards).</summary>
public sealed class ReferralUpload
{
    private ReferralUpload()
    {
    }

    public ReferralUpload(int organisationId, string userId, string fileName, DateTime uploadedUtc, int accepted, int alreadyKnown, int rejected, string reportCsv)
    {
        OrganisationId = organisationId;
        UserId = userId;
        FileName = fileName;
        UploadedUtc = uploadedUtc;
        Accepted = accepted;
        AlreadyKnown = alreadyKnown;
        Rejected = rejected;
        ReportCsv = reportCsv;
    }

    public int Id { get; private set; }

    public int OrganisationId { get; private set; }

    public string UserId { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public DateTime UploadedUtc { get; private set; }

    public int Accepted { get; private set; }

    public int AlreadyKnown { get; private set; }

    public int Rejected { get; private set; }

    /// <summary>line;status;reference;reasons — one row per data line of the file.</summary>
    public string ReportCsv { get; private set; } = "";
}
