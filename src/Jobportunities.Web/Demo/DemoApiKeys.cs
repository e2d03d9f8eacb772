namespace Jobportunities.Web.Demo;

/// <summary>Development API keys of the demo referrers (Development only; only their hashes are stored). A contract: keep them.</summary>
public static class DemoApiKeys
{
    public const string UwvEmmen = "dev-uwv-emmen";
    public const string AgenturNordhorn = "dev-afa-nordhorn";

    public static readonly IReadOnlyList<(string Organisation, string Key)> List =
    [
        ("UWV Emmen", UwvEmmen),
        ("Agentur für Arbeit Nordhorn", AgenturNordhorn),
    ];
}
