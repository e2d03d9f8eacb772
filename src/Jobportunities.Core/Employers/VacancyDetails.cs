namespace Jobportunities.Core.Employers;

public sealed record VacancyDetails(Vacancy Vacancy, Employer Employer, string ProgrammeName, int ProgrammeMaxTravelMinutes);
