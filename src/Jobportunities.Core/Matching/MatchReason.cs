namespace Jobportunities.Core.Matching;

/// <summary>One line of the explanation: the criterion, a text code ("Match.Reason.{Code}") with its arguments, and the points.</summary>
public sealed record MatchReason(MatchCriterion Criterion, string Code, int Points, int MaxPoints, IReadOnlyList<object> Arguments);
