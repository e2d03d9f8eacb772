namespace Jobportunities.Core.Identity;

/// <summary>
/// The signed-in staff member as services see them: id and roles, without any MVC type, so the
/// relation rules in Core can be tested on their own.
/// </summary>
public sealed record StaffUser(string Id, IReadOnlySet<string> Roles, int? OrganisationId = null)
{
    public bool IsInRole(string role) => Roles.Contains(role);
}
