namespace Jobportunities.Core.Employers;

public sealed record ContactInput(string Name, string? Role, string? Email, string? Phone);
