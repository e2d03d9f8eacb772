namespace Jobportunities.Core.Reporting;

/// <summary>One Annex I indicator with its code; <see cref="Counts"/> is null when the file cannot tell it.</summary>
public sealed record EsfIndicator(string Code, EsfSection Section, GenderCounts? Counts);
