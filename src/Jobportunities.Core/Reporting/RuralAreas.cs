using System.Collections.Frozen;
using Jobportunities.Core.Programmes;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// "From rural areas" (ESF+ EECO17) is derived, never asked: the participant's postcode gives the
/// municipality (NL gemeente, DE Gemeinde) and the municipality its DEGURBA class, from two tables
/// shipped with the app (docs/data-sources.md): <c>postcode-lau.csv</c> and <c>degurba-lau-2019.csv</c>
/// (Eurostat, LAU 2019). A postcode not in the table, or a German PLZ whose Gemeinden have different
/// classes, gives no class: unknown, never a guess.
/// </summary>
public static class RuralAreas
{
    /// <summary>The LAU year of the degree-of-urbanisation table.</summary>
    public const int LauYear = 2019;

    private static readonly Lazy<FrozenDictionary<string, UrbanisationClass>> Classes = new(LoadClasses);
    private static readonly Lazy<FrozenDictionary<string, string[]>> Municipalities = new(LoadMunicipalities);

    /// <summary>The DEGURBA class of the postcode's municipality, or null when it cannot be derived.</summary>
    public static UrbanisationClass? ClassOf(string? country, string? postcode)
    {
        if (!Postcode.TryParse(postcode, country, out var parsed))
        {
            return null;
        }

        if (!Municipalities.Value.TryGetValue(Key(parsed!.Country, parsed.Area), out var lauCodes))
        {
            return null;
        }

        var classes = lauCodes.Select(code => Classes.Value.TryGetValue(Key(parsed.Country, code), out var c) ? c : (UrbanisationClass?)null).Distinct().ToList();
        return classes.Count == 1 ? classes[0] : null;
    }

    /// <summary>True for rural areas (DEGURBA 3), false for cities and towns (1, 2), null when unknown.</summary>
    public static bool? IsRural(string? country, string? postcode) =>
        ClassOf(country, postcode) is { } c ? c == UrbanisationClass.RuralAreas : null;

    private static string Key(string country, string code) => $"{country}:{code}";

    private static FrozenDictionary<string, UrbanisationClass> LoadClasses() =>
        Rows("degurba-lau-2019.csv").ToFrozenDictionary(r => Key(r[0], r[1]), r => (UrbanisationClass)int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture));

    private static FrozenDictionary<string, string[]> LoadMunicipalities() =>
        Rows("postcode-lau.csv").ToFrozenDictionary(r => Key(r[0], r[1]), r => r[2].Split('|'));

    /// <summary>The data rows of an embedded table: ';'-separated, '#' comment lines and the header skipped.</summary>
    private static IEnumerable<string[]> Rows(string file)
    {
        using var stream = typeof(RuralAreas).Assembly.GetManifestResourceStream("Jobportunities.Core.Reporting." + file)
            ?? throw new InvalidOperationException($"Embedded table {file} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string[]>();
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            lines.Add(line.Split(';'));
        }

        return lines;
    }
}
