using Jobportunities.Core.Organisations;

namespace Jobportunities.Core.Programmes;

/// <summary>A municipality or Landkreis of a programme's region, with its exact postcode areas.</summary>
public sealed class RegionArea
{
    private readonly List<AreaPostcode> _postcodes = [];

    private RegionArea()
    {
    }

    internal RegionArea(string name, string country, AreaKind kind, IEnumerable<string> postcodes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Country = Countries.Normalise(country);
        Kind = kind;
        ReplacePostcodes(postcodes);
    }

    public int Id { get; private set; }

    public int ProgrammeId { get; private set; }

    public string Name { get; private set; } = "";

    public string Country { get; private set; } = Countries.Netherlands;

    public AreaKind Kind { get; private set; }

    public IReadOnlyCollection<AreaPostcode> Postcodes => _postcodes;

    /// <summary>Renames the area; a change of country replaces the postcodes too, as they belong to one country.</summary>
    public void Change(string name, string country, AreaKind kind, IEnumerable<string> postcodes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Kind = kind;
        var newCountry = Countries.Normalise(country);
        if (newCountry != Country)
        {
            _postcodes.Clear();
            Country = newCountry;
        }

        ReplacePostcodes(postcodes);
    }

    public bool Contains(string area) => _postcodes.Any(p => p.Code == area);

    /// <summary>Replaces the list; every entry must be a valid PC4 (NL) or PLZ (DE).</summary>
    public void ReplacePostcodes(IEnumerable<string> postcodes)
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in postcodes)
        {
            if (!Postcode.TryParseArea(raw, Country, out var code))
            {
                throw new ArgumentException($"'{raw}' is not a postcode area of {Country}.", nameof(postcodes));
            }

            codes.Add(code);
        }

        _postcodes.RemoveAll(p => !codes.Contains(p.Code));
        foreach (var code in codes.Where(c => _postcodes.All(p => p.Code != c)))
        {
            _postcodes.Add(new AreaPostcode(code));
        }
    }
}
