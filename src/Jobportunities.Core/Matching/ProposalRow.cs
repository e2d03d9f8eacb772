namespace Jobportunities.Core.Matching;

public sealed record ProposalRow(int Id, CandidateInfo Candidate, string ProposedBy, DateTime ProposedUtc, string? Note, ProposalStatus Status, bool CanChangeStatus);
