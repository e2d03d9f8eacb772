namespace Jobportunities.Core.Organisations;

/// <summary>A partner organisation: a referrer's employer, a programme partner.</summary>
public class Organisation
{
    private Organisation()
    {
    }

    public Organisation(string name, OrganisationKind kind, string country)
    {
        Rename(name);
        Kind = kind;
        Country = Countries.Normalise(country);
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public OrganisationKind Kind { get; private set; }

    public string Country { get; private set; } = Countries.Netherlands;

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }
}
