namespace Jobportunities.Core.Participants;

/// <summary>A participant with the relation (<see cref="FileRelation"/>) as one query reads them.</summary>
public sealed class RelatedParticipant
{
    public required Participant Participant { get; init; }

    public bool IsStandIn { get; init; }

    public bool IsMember { get; init; }

    public bool EmployersMaySee { get; init; }

    public FileRelation Relation => new(IsStandIn, IsMember, EmployersMaySee);
}
