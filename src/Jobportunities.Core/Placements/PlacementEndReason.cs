namespace Jobportunities.Core.Placements;

public enum PlacementEndReason
{
    ContractEnded,
    Resigned,
    Dismissed,
    NewJob,
    CourseCompleted,
    DroppedOut,
    Other,
}
