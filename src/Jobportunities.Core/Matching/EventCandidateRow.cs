namespace Jobportunities.Core.Matching;

public sealed record EventCandidateRow(CandidateInfo Candidate, Attendance Attendance);
