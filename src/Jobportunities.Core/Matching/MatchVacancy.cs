using Jobportunities.Core.Common;

namespace Jobportunities.Core.Matching;

public sealed record MatchVacancy(Sector Sector, decimal HoursPerWeek, string? Requirements, GeoPoint? Location);
