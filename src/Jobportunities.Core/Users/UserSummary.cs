namespace Jobportunities.Core.Users;

/// <summary>One account in the administrators' list.</summary>
public sealed record UserSummary(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string? Organisation, IReadOnlyList<string> Programmes, bool IsDisabled);
