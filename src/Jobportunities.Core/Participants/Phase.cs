namespace Jobportunities.Core.Participants;

/// <summary>The phases of a trajectory (docs/product.md section 4).</summary>
public enum Phase
{
    Applied,
    Intake,
    Plan,
    Trajectory,
    Placed,
    Durable,
    Exited,
}
