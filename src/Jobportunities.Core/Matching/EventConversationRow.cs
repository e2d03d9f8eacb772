namespace Jobportunities.Core.Matching;

public sealed record EventConversationRow(CandidateInfo Candidate, string EmployerName, string Outcome, string RecordedBy, DateTime RecordedUtc);
