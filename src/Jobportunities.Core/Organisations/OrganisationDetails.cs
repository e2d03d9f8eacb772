namespace Jobportunities.Core.Organisations;

public sealed record OrganisationDetails(int Id, string Name, OrganisationKind Kind, string Country, IReadOnlyList<ApiKeySummary> Keys);
