using Jobportunities.Core.Organisations;

namespace Jobportunities.Core.Programmes;

/// <summary>A partner organisation of a programme (municipality, UWV, training institute, …).</summary>
public sealed class ProgrammePartner
{
    private ProgrammePartner()
    {
    }

    internal ProgrammePartner(int organisationId, string role)
    {
        OrganisationId = organisationId;
        Role = role;
    }

    public int ProgrammeId { get; private set; }

    public int OrganisationId { get; private set; }

    public Organisation? Organisation { get; private set; }

    /// <summary>What the partner does in the programme, in the lead's own words.</summary>
    public string Role { get; private set; } = "";
}
