namespace Jobportunities.Core.Programmes;

/// <summary>One PC4 or PLZ of a region area; a row of its own so a lookup is an indexed query.</summary>
public sealed class AreaPostcode
{
    private AreaPostcode()
    {
    }

    internal AreaPostcode(string code) => Code = code;

    public int Id { get; private set; }

    public int RegionAreaId { get; private set; }

    public string Code { get; private set; } = "";
}
