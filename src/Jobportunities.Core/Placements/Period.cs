namespace Jobportunities.Core.Placements;

/// <summary>Days worked, both ends included; an open end means "still going on".</summary>
public readonly record struct Period(DateOnly Start, DateOnly? End);
