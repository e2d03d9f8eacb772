namespace Jobportunities.Core.Participants;

public enum ExitReason
{
    FoundWork,
    StartedTraining,
    MovedAway,
    Health,
    CareDuties,
    NoLongerMotivated,
    ContactLost,
    OtherProgramme,
    Other,
}

/// <summary>
/// The phase transitions of docs/product.md section 4, in one place: Applied → Intake → Plan →
/// Trajectory → Placed → Durable, back from Placed to Trajectory when a placement ends without
/// a new one, and Exited (with a reason) from any phase but Exited. Nothing leaves Exited: a
/// person who comes back applies again.
/// </summary>
public static class PhaseRules
{
    private static readonly Dictionary<Phase, Phase[]> Next = new()
    {
        [Phase.Applied] = [Phase.Intake],
        [Phase.Intake] = [Phase.Plan],
        [Phase.Plan] = [Phase.Trajectory],
        [Phase.Trajectory] = [Phase.Placed],
        [Phase.Placed] = [Phase.Durable, Phase.Trajectory],
        [Phase.Durable] = [],
        [Phase.Exited] = [],
    };

    public static bool CanMove(Phase from, Phase to) =>
        to == Phase.Exited ? from != Phase.Exited : Next[from].Contains(to);

    /// <summary>The phases a coach can choose from in the file.</summary>
    public static IReadOnlyList<Phase> NextPhases(Phase from) =>
        from == Phase.Exited ? [] : [.. Next[from], Phase.Exited];
}
