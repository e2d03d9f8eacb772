using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Programmes;

namespace Jobportunities.Core.Participants;

/// <summary>The phases of a trajectory (DESIGN.md section 4).</summary>
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

/// <summary>An accepted candidate with a coach: the participant file.</summary>
public sealed class Participant : IVersioned
{
    private Participant()
    {
    }

    public Participant(int programmeId, int applicationId, string coachId, DateTime createdUtc)
    {
        ProgrammeId = programmeId;
        ApplicationId = applicationId;
        CoachId = coachId;
        CreatedUtc = createdUtc;
        Phase = Phase.Intake;
        PhaseSinceUtc = createdUtc;
    }

    public int Id { get; private set; }

    public int ProgrammeId { get; private set; }

    public Programme? Programme { get; private set; }

    public int ApplicationId { get; private set; }

    public Application? Application { get; private set; }

    public string CoachId { get; private set; } = "";

    public AppUser? Coach { get; private set; }

    public Phase Phase { get; private set; }

    public DateTime PhaseSinceUtc { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public Guid Version { get; private set; }

    public void NewVersion() => Version = Guid.NewGuid();
}
