namespace Jobportunities.Core.Organisations;

public sealed record OrganisationSummary(int Id, string Name, OrganisationKind Kind, string Country, int ActiveKeys);
