namespace Jobportunities.Core.Participants;

/// <summary>What a participant is to one user: the absent coach they stand in for today, of a programme they are a member of, consented to sharing with employers (latest record).</summary>
public sealed record FileRelation(bool IsStandIn, bool IsMember, bool EmployersMaySee)
{
    public static readonly FileRelation None = new(false, false, false);
}
