namespace Jobportunities.Core.Reporting;

/// <summary>One record that needs attention: its id (check, participant or application), whose it is and since when.</summary>
public sealed record SignalRow
{
    public int RecordId { get; init; }

    public int? ParticipantId { get; init; }

    public string Reference { get; init; } = "";

    public string Name { get; init; } = "";

    public string ProgrammeName { get; init; } = "";

    /// <summary>The check date, the last contact (or the start without one), or the day of submission.</summary>
    public DateOnly Since { get; init; }
}
