using Jobportunities.Core.Data;

namespace Jobportunities.Core.Matching;

public enum ProposalStatus
{
    Proposed,
    Invited,
    Rejected,
    Hired,
}

/// <summary>
/// A coach puts one of their candidates forward for a vacancy; the adviser follows it with the
/// employer (invited for a talk, rejected, hired). One proposal per candidate and vacancy.
/// </summary>
public sealed class VacancyProposal : IVersioned
{
    private VacancyProposal()
    {
    }

    public VacancyProposal(int vacancyId, int participantId, string proposedByUserId, DateTime proposedUtc, string? note)
    {
        VacancyId = vacancyId;
        ParticipantId = participantId;
        ProposedByUserId = proposedByUserId;
        ProposedUtc = proposedUtc;
        Status = ProposalStatus.Proposed;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public int Id { get; private set; }

    public int VacancyId { get; private set; }

    public int ParticipantId { get; private set; }

    public string ProposedByUserId { get; private set; } = "";

    public DateTime ProposedUtc { get; private set; }

    public string? Note { get; private set; }

    public ProposalStatus Status { get; private set; }

    public DateTime? StatusChangedUtc { get; private set; }

    public string? StatusChangedByUserId { get; private set; }

    public Guid Version { get; private set; }

    public void SetStatus(ProposalStatus status, string byUserId, DateTime nowUtc)
    {
        Status = status;
        StatusChangedUtc = nowUtc;
        StatusChangedByUserId = byUserId;
        NewVersion();
    }

    public void NewVersion() => Version = Guid.NewGuid();
}
