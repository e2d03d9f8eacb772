using Jobportunities.Core.Organisations;

namespace Jobportunities.Web.Features.Organisations;

/// <summary>The details page: the organisation, its keys, the form for a new key and, once, a new key's plain value.</summary>
public sealed record OrganisationPage(OrganisationDetails Organisation, ApiKeyForm KeyForm, string? NewKey);
