using Jobportunities.Core.Organisations;

namespace Jobportunities.Web.Features.Organisations;

public sealed record RevokePage(int OrganisationId, string OrganisationName, ApiKeySummary Key);
