namespace Jobportunities.Core.Programmes;

/// <summary>An area of the region: Id null for a new one; an existing area left out is removed.</summary>
public sealed record AreaSettings(int? Id, string Name, string Country, AreaKind Kind, IReadOnlyList<string> Postcodes);
