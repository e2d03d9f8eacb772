namespace Jobportunities.Core.Placements;

public sealed record PlacementInput(int EmployerId, int? VacancyId, PlacementKind Kind, ContractType ContractType, decimal HoursPerWeek, string Country, DateOnly StartDate, int? MatchingEventId = null);
