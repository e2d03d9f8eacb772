namespace Jobportunities.Core.Reporting;

/// <summary>A category of a breakdown and how many it counts.</summary>
public sealed record Tally<T>(T Key, int Count);
