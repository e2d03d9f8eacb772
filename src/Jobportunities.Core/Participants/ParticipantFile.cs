using Jobportunities.Core.Intake;

namespace Jobportunities.Core.Participants;

/// <summary>A participant file as one user may see it: sections they have no right to are empty.</summary>
public sealed record ParticipantFile(
    Participant Participant,
    FileRights Rights,
    string ProgrammeName,
    string CoachName,
    IReadOnlyList<PhaseChange> Phases,
    IReadOnlyList<LadderRecord> Ladder,
    IReadOnlyList<ContactMoment> Contacts,
    IReadOnlyList<BarrierAssessment> Barriers,
    IReadOnlyList<ScanExperience> Experience,
    IReadOnlyList<ScanSkill> Skills,
    IReadOnlyList<ScanLanguage> Languages,
    IReadOnlyList<ConsentRecord> Consents,
    IReadOnlyDictionary<string, string> UserNames)
{
    /// <summary>The stored (encrypted) BSN, for those who may edit the file only (see BsnService).</summary>
    public string? ProtectedBsn { get; init; }

    /// <summary>Stand-in, current placement with its durable check, and open signals (the file page, for those who see placements).</summary>
    public FileSummary Summary { get; init; } = FileSummary.Empty;
}
