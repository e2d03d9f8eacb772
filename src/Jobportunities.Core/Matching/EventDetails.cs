using Jobportunities.Core.Employers;

namespace Jobportunities.Core.Matching;

/// <summary>One event as this user sees it: the candidates they see (<see cref="CandidateView"/>), all employers, and what may be added.</summary>
public sealed record EventDetails(
    MatchingEvent Event,
    string ProgrammeName,
    IReadOnlyList<EventCandidateRow> Candidates,
    IReadOnlyList<EventEmployerRow> Employers,
    IReadOnlyList<EventConversationRow> Conversations,
    IReadOnlyList<EventPlacementRow> Placements,
    IReadOnlyList<CandidateInfo> InvitableCandidates,
    IReadOnlyList<EmployerRow> InvitableEmployers,
    bool CanInviteEmployers,
    bool HasStarted);
