namespace Jobportunities.Core.Programmes;

/// <summary>The facts of a candidate that eligibility is assessed on.</summary>
public sealed record CandidateFacts(string? PostcodeInput, string? Country, DateOnly BirthDate, BenefitSituation Benefit, DateOnly? WwEndDate = null);
