using Jobportunities.Core.Common;

namespace Jobportunities.Core.Participants;

/// <summary>Work experience in the labour-market scan: a sector and the years in it.</summary>
public sealed class ScanExperience
{
    private ScanExperience()
    {
    }

    public ScanExperience(int participantId, Sector sector, int years, string? description)
    {
        ParticipantId = participantId;
        Sector = sector;
        Years = years is < 0 or > 60 ? throw new ArgumentOutOfRangeException(nameof(years)) : years;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    public int Id { get; private set; }

    public int ParticipantId { get; private set; }

    public Sector Sector { get; private set; }

    public int Years { get; private set; }

    public string? Description { get; private set; }
}

/// <summary>A skill with a level: 1 basic, 2 capable, 3 experienced, 4 expert.</summary>
public sealed class ScanSkill
{
    private ScanSkill()
    {
    }

    public ScanSkill(int participantId, string name, int level)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ParticipantId = participantId;
        Name = name.Trim();
        Level = level is < 1 or > 4 ? throw new ArgumentOutOfRangeException(nameof(level)) : level;
    }

    public int Id { get; private set; }

    public int ParticipantId { get; private set; }

    public string Name { get; private set; } = "";

    public int Level { get; private set; }
}

/// <summary>A language with its CEFR level (A1 … C2).</summary>
public sealed class ScanLanguage
{
    public static readonly string[] CefrLevels = ["A1", "A2", "B1", "B2", "C1", "C2"];

    private ScanLanguage()
    {
    }

    public ScanLanguage(int participantId, string language, string level)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        ParticipantId = participantId;
        Language = language.Trim().ToLowerInvariant();
        Level = CefrLevels.Contains(level) ? level : throw new ArgumentOutOfRangeException(nameof(level));
    }

    public int Id { get; private set; }

    public int ParticipantId { get; private set; }

    public string Language { get; private set; } = "";

    public string Level { get; private set; } = "";
}
