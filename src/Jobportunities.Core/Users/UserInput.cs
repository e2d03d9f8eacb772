namespace Jobportunities.Core.Users;

/// <summary>What an administrator sets on an account.</summary>
public sealed record UserInput(string Email, string DisplayName, IReadOnlyList<string> Roles, int? OrganisationId, IReadOnlyList<int> ProgrammeIds, bool IsDisabled);
