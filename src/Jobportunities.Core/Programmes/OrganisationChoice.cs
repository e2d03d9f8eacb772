namespace Jobportunities.Core.Programmes;

/// <summary>A partner organisation that can be put on a programme.</summary>
public sealed record OrganisationChoice(int Id, string Name);
