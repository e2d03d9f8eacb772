namespace Jobportunities.Core.Organisations;

public sealed record ApiKeyOwner(int KeyId, int OrganisationId);
