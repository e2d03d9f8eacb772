namespace Jobportunities.Core.Reporting;

public enum SignalKind
{
    CheckOverdue,
    NoRecentContact,
    PlacementWithoutEvidence,
    ApplicationWaiting,
    FollowUpOverdue,
}
