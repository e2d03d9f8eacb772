namespace Jobportunities.Core.Programmes;

/// <summary>A staff member who can be put on a programme's team.</summary>
public sealed record StaffChoice(string Id, string Name, string Email);
