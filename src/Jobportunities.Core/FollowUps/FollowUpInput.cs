namespace Jobportunities.Core.FollowUps;

/// <summary>What the coach types when recording a follow-up.</summary>
public sealed record FollowUpInput(FollowUpSituation Situation, FollowUpSource Source, DateOnly RecordedOn, string? Note, FollowUpImprovement? Improvement);
