namespace Jobportunities.Core.Reporting;

/// <summary>A person's first and last participation in a programme (participant ids).</summary>
public sealed class PersonParticipations
{
    public int First { get; init; }

    public int Last { get; init; }
}
