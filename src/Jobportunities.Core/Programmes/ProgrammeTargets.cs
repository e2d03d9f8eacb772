namespace Jobportunities.Core.Programmes;

/// <summary>What a programme has promised its funder.</summary>
public sealed class ProgrammeTargets
{
    private ProgrammeTargets()
    {
    }

    public ProgrammeTargets(int participants, int placements, int durablePlacements)
    {
        if (participants < 0 || placements < 0 || durablePlacements < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(participants), "Targets cannot be negative.");
        }

        Participants = participants;
        Placements = placements;
        DurablePlacements = durablePlacements;
    }

    public int Participants { get; private set; }

    /// <summary>Job or training placements.</summary>
    public int Placements { get; private set; }

    public int DurablePlacements { get; private set; }
}
