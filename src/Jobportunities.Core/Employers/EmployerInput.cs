using Jobportunities.Core.Common;

namespace Jobportunities.Core.Employers;

public sealed record EmployerInput(string Name, string Country, string RegistrationNumber, Sector Sector, string? Street, string? Postcode, string? City, string? Notes);
