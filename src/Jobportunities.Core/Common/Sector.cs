namespace Jobportunities.Core.Common;

/// <summary>The sectors wishes, vacancies and reports use. Codes are stable; texts are in the UI.</summary>
public enum Sector
{
    Ict,
    Care,
    Engineering,
    Construction,
    TransportLogistics,
    Hospitality,
    CustomerService,
    Cleaning,
    Retail,
    Education,
    Other,
}

public enum EducationLevel
{
    /// <summary>No diploma or primary school only (ISCED 0–1).</summary>
    NoneOrPrimary,

    /// <summary>vmbo, mbo-1, Hauptschule (ISCED 2).</summary>
    LowerSecondary,

    /// <summary>havo, vwo, mbo-2 to 4, Realschule with Ausbildung, Abitur (ISCED 3–4).</summary>
    UpperSecondary,

    /// <summary>hbo, wo, Hochschule (ISCED 5–8).</summary>
    Tertiary,
}

public enum Gender
{
    Unknown,
    Female,
    Male,
    NonBinary,
}

/// <summary>Enum lists stored as one comma-separated string column (portable, small).</summary>
public static class EnumList
{
    public static string Join<T>(IEnumerable<T> values)
        where T : struct, Enum => string.Join(',', values.Distinct().Select(v => v.ToString()));

    public static IReadOnlyList<T> Split<T>(string? stored)
        where T : struct, Enum =>
        (stored ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Enum.TryParse<T>(s, out var v) ? (T?)v : null)
            .Where(v => v is not null)
            .Select(v => v!.Value)
            .ToList();
}
