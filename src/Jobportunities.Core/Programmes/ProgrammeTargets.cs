namespace Jobportunities.Core.Programmes;

/// <summary>What a programme has promised its funder.</summary>
public sealed class ProgrammeTargets
{
    private ProgrammeTargets()
    {
    }

    public ProgrammeTargets(int participants, int placements, int durablePlacements, int? employers = null, int? workplaces = null)
    {
        if (participants < 0 || placements < 0 || durablePlacements < 0 || employers < 0 || workplaces < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(participants), "Targets cannot be negative.");
        }

        Participants = participants;
        Placements = placements;
        DurablePlacements = durablePlacements;
        Employers = employers;
        Workplaces = workplaces;
    }

    public int Participants { get; private set; }

    /// <summary>Job or training placements.</summary>
    public int Placements { get; private set; }

    public int DurablePlacements { get; private set; }

    /// <summary>Employers taking part (docs/reporting.md); null: no target.</summary>
    public int? Employers { get; private set; }

    /// <summary>Workplaces created (vacancies flagged as a created workplace); null: no target.</summary>
    public int? Workplaces { get; private set; }
}
