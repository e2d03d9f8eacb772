using Jobportunities.Core.Common;

namespace Jobportunities.Core.Employers;

public sealed record EmployerRow(int Id, string Name, string Country, string RegistrationNumber, Sector Sector, string? City, int OpenVacancies);
