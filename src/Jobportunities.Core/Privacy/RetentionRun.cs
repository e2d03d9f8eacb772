namespace Jobportunities.Core.Privacy;

/// <summary>What one retention run anonymised (counts only: a log line never names anyone).</summary>
public sealed record RetentionRun(int Participants, int Applications, int UploadReports)
{
    public int Total => Participants + Applications + UploadReports;
}
