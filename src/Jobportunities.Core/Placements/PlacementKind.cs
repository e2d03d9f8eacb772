namespace Jobportunities.Core.Placements;

public enum PlacementKind
{
    Job,
    Training,
    WorkAndLearn,
    SelfEmployment,
}
