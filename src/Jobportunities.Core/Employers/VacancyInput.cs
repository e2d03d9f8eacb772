using Jobportunities.Core.Common;

namespace Jobportunities.Core.Employers;

public sealed record VacancyInput(string Title, Sector Sector, decimal HoursPerWeek, string Postcode, string Country, int Openings, string? Requirements, bool IsCreatedWorkplace);
