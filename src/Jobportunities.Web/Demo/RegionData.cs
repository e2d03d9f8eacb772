using System.Reflection;
using System.Text.Json;
using Jobportunities.Core.Programmes;

namespace Jobportunities.Web.Demo;

/// <summary>The exact postcode areas of the demo regions (Demo/regions.json, embedded).</summary>
public sealed class RegionData
{
    private static readonly Lazy<RegionData> Instance = new(Load);

    public required IReadOnlyList<Area> Areas { get; init; }

    public required IReadOnlyDictionary<string, double[]> Centroids { get; init; }

    public static RegionData Current => Instance.Value;

    public Area Get(string name) => Areas.Single(a => a.Name == name);

    private static RegionData Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Jobportunities.Web.Demo.regions.json")
            ?? throw new InvalidOperationException("Demo/regions.json is not embedded.");
        var document = JsonSerializer.Deserialize<RegionFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } })
            ?? throw new InvalidOperationException("Demo/regions.json is empty.");
        return new RegionData { Areas = document.Areas, Centroids = document.Centroids };
    }

    public sealed record Area(string Name, string Country, AreaKind Kind, IReadOnlyList<string> Postcodes);

    private sealed record RegionFile(IReadOnlyList<Area> Areas, Dictionary<string, double[]> Centroids);
}
