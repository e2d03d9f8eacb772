namespace Jobportunities.Core.Reporting;

/// <summary>One Annex I indicator with its code and its count by gender (the file can tell every one it lists).</summary>
public sealed record EsfIndicator(string Code, EsfSection Section, GenderCounts Counts);
