namespace Jobportunities.Core.Matching;

public sealed record MatchAssessment(int Score, bool IsExcluded, double? DistanceKm, int? TravelMinutes, int TravelLimitMinutes, IReadOnlyList<MatchReason> Reasons);
