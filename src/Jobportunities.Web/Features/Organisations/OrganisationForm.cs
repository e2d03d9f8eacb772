using Jobportunities.Core.Organisations;

namespace Jobportunities.Web.Features.Organisations;

public sealed class OrganisationForm
{
    public string? Name { get; set; }

    public OrganisationKind? Kind { get; set; }

    public string? Country { get; set; }
}
