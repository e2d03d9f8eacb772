using Jobportunities.Core.Common;

namespace Jobportunities.Core.Matching;

/// <summary>The work-relevant part of a participant file, all the rule looks at.</summary>
public sealed record MatchCandidate(
    IReadOnlyCollection<Sector> PreferredSectors,
    IReadOnlyDictionary<Sector, int> ExperienceYears,
    int? AvailableHoursPerWeek,
    IReadOnlyCollection<string> Skills,
    GeoPoint? Home,
    bool TravelsByCar,
    int? MaxTravelMinutes);
