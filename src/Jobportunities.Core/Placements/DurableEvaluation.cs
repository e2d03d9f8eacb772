namespace Jobportunities.Core.Placements;

/// <summary>What the rule says about a person's work now.</summary>
public sealed record DurableEvaluation(DateOnly DueDate, DurableState State, DateOnly? BrokenSince, bool InWorkOnDueDate);
