using Jobportunities.Core.Data;

namespace Jobportunities.Core.Trajectories;

public sealed record GoalInput(string What, DateOnly ByWhen, string HowMeasured);

/// <summary>A goal of the coaching plan: what, by when, and how it is measured; achieved on a date.</summary>
public sealed class PlanGoal : IVersioned
{
    private PlanGoal()
    {
    }

    public PlanGoal(int participantId, GoalInput input, DateTime createdUtc)
    {
        ParticipantId = participantId;
        CreatedUtc = createdUtc;
        Update(input);
    }

    public int Id { get; private set; }

    public int ParticipantId { get; private set; }

    public string What { get; private set; } = "";

    public DateOnly ByWhen { get; private set; }

    public string HowMeasured { get; private set; } = "";

    public DateOnly? AchievedOn { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public Guid Version { get; private set; }

    public bool IsAchieved => AchievedOn is not null;

    public void Update(GoalInput input)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input.What);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.HowMeasured);
        What = input.What.Trim();
        ByWhen = input.ByWhen;
        HowMeasured = input.HowMeasured.Trim();
        NewVersion();
    }

    /// <summary>Marks the goal achieved; false when it already was.</summary>
    public bool MarkAchieved(DateOnly on)
    {
        if (IsAchieved)
        {
            return false;
        }

        AchievedOn = on;
        NewVersion();
        return true;
    }

    public void NewVersion() => Version = Guid.NewGuid();
}
