namespace Jobportunities.Core.Employers;

/// <summary>An employer in a choice list (an employer agreement's employer).</summary>
public sealed record EmployerChoice(int Id, string Name);
