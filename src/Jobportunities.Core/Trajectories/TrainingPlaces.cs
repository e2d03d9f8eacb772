namespace Jobportunities.Core.Trajectories;

public static class TrainingPlaces
{
    /// <summary>The languages a course can be taught in.</summary>
    public static readonly IReadOnlyList<string> Languages = ["nl", "de", "en"];

    public const int MinimumLevel = 1;
    public const int MaximumLevel = 8;

    public static string NormalisePostcode(string postcode, string country)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(postcode);
        return Programmes.Postcode.TryParse(postcode, country, out var parsed) ? parsed!.Value : postcode.Trim().ToUpperInvariant();
    }
}
