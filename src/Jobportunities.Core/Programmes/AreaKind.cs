namespace Jobportunities.Core.Programmes;

public enum AreaKind
{
    /// <summary>A Dutch gemeente.</summary>
    Municipality,

    /// <summary>A German Landkreis.</summary>
    Landkreis,

    /// <summary>A German kreisfreie Stadt.</summary>
    City,
}
