namespace Jobportunities.Core.Organisations;

/// <summary>The countries the programmes work in, as ISO 3166-1 alpha-2 codes.</summary>
public static class Countries
{
    public const string Netherlands = "NL";
    public const string Germany = "DE";

    public static readonly IReadOnlyList<string> All = [Netherlands, Germany];

    public static bool IsSupported(string? code) => code is not null && All.Contains(code.Trim().ToUpperInvariant());

    public static string Normalise(string code)
    {
        var normalised = code.Trim().ToUpperInvariant();
        if (!All.Contains(normalised))
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, "Only NL and DE are supported.");
        }

        return normalised;
    }
}
