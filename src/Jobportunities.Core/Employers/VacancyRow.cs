using Jobportunities.Core.Common;

namespace Jobportunities.Core.Employers;

public sealed record VacancyRow(
    int Id, string Title, int EmployerId, string EmployerName, string ProgrammeName, Sector Sector, decimal HoursPerWeek,
    string Postcode, string Country, int Openings, bool IsCreatedWorkplace, VacancyStatus Status);
