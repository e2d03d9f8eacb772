namespace Jobportunities.Core.Matching;

public sealed record EventEmployerRow(int EmployerId, string Name, string? City, Attendance Attendance);
