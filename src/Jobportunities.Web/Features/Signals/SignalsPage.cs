using Jobportunities.Core.Reporting;

namespace Jobportunities.Web.Features.Signals;

public sealed record SignalsPage(IReadOnlyList<SignalGroup> Groups, DateOnly Today)
{
    /// <summary>Where a signal's record is: the check, the file, its placements, or the application in the queue.</summary>
    public static string Link(SignalKind kind, SignalRow row) => kind switch
    {
        SignalKind.CheckOverdue => $"/durable-checks/{row.RecordId}",
        SignalKind.NoRecentContact => $"/participants/{row.RecordId}",
        SignalKind.PlacementWithoutEvidence => $"/participants/{row.ParticipantId}/placements",
        SignalKind.FollowUpOverdue => $"/follow-ups/{row.RecordId}",
        _ => $"/intake-queue/{row.RecordId}",
    };

    public static string Anchor(SignalKind kind) => kind switch
    {
        SignalKind.CheckOverdue => "check-overdue",
        SignalKind.NoRecentContact => "no-recent-contact",
        SignalKind.PlacementWithoutEvidence => "placement-without-evidence",
        SignalKind.FollowUpOverdue => "follow-up-overdue",
        _ => "application-waiting",
    };
}
