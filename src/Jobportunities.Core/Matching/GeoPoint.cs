using Jobportunities.Core.Programmes;

namespace Jobportunities.Core.Matching;

/// <summary>A point on the map in degrees (WGS 84).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusKm = 6371.0;

    /// <summary>The straight-line (great-circle) distance in kilometres, by the haversine formula.</summary>
    public double DistanceKm(GeoPoint other)
    {
        var lat1 = Radians(Latitude);
        var lat2 = Radians(other.Latitude);
        var dLat = lat2 - lat1;
        var dLon = Radians(other.Longitude - Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}

/// <summary>
/// The centre of each postcode area (PC4 in NL, the PLZ in DE) of the programme regions, for
/// travel distances. An address is placed at its area's centre: good to a few kilometres, which
/// is what a first ranking needs. An area missing from the table has no point ("distance unknown").
/// </summary>
public sealed class PostcodeCentroids(IReadOnlyDictionary<string, GeoPoint> table)
{
    public int Count => table.Count;

    public GeoPoint? Find(string? postcode, string? country) =>
        Postcode.TryParse(postcode, country, out var parsed) && table.TryGetValue(parsed!.Area, out var point) ? point : null;
}
