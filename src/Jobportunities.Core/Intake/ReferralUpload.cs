namespace Jobportunities.Core.Intake;

/// <summary>Where an upload stands: stored at once, or waiting for / being stored by the background worker.</summary>
public enum ReferralUploadStatus
{
    Done = 0,
    Queued = 1,
    Processing = 2,
}

/// <summary>
/// A referrer's CSV upload and its row-by-row report (downloadable afterwards). A large file is
/// queued: its content is kept until the background worker has stored it, then removed.
/// </summary>
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
        Complete(accepted, alreadyKnown, rejected, reportCsv);
    }

    public int Id { get; private set; }

    public int OrganisationId { get; private set; }

    public string UserId { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public DateTime UploadedUtc { get; private set; }

    public ReferralUploadStatus Status { get; private set; }

    /// <summary>Data lines in the file (blank lines not counted); <see cref="Processed"/> of them are stored or reported.</summary>
    public int Total { get; private set; }

    public int Processed { get; private set; }

    /// <summary>The file as uploaded, only while it waits for the background worker.</summary>
    public byte[]? PendingContent { get; private set; }

    /// <summary>The uploader's language, for the rows' messages when the worker stores them.</summary>
    public string Language { get; private set; } = "nl";

    /// <summary>When a worker took the upload; a claim older than <see cref="ReferralUploadService.StaleClaim"/> is taken again.</summary>
    public DateTime? ClaimedUtc { get; private set; }

    public int Accepted { get; private set; }

    public int AlreadyKnown { get; private set; }

    public int Rejected { get; private set; }

    /// <summary>line;status;reference;reasons — one row per data line of the file.</summary>
    public string ReportCsv { get; private set; } = "";

    public bool IsDone => Status == ReferralUploadStatus.Done;

    /// <summary>A file too large to store within the request: the worker stores it.</summary>
    public static ReferralUpload Queue(int organisationId, string userId, string fileName, DateTime uploadedUtc, byte[] content, string language, int total) =>
        new()
        {
            OrganisationId = organisationId,
            UserId = userId,
            FileName = fileName,
            UploadedUtc = uploadedUtc,
            Status = ReferralUploadStatus.Queued,
            PendingContent = content,
            Language = language,
            Total = total,
        };

    public void Complete(int accepted, int alreadyKnown, int rejected, string reportCsv)
    {
        Accepted = accepted;
        AlreadyKnown = alreadyKnown;
        Rejected = rejected;
        ReportCsv = reportCsv;
        Processed = Total = accepted + alreadyKnown + rejected;
        Status = ReferralUploadStatus.Done;
        PendingContent = null;
        ClaimedUtc = null;
    }
}
