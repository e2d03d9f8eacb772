using Jobportunities.Core.Identity;

namespace Jobportunities.Core.Users;

/// <summary>
/// Separation of duties (docs/roles-and-rights.md): an administrator account never holds a role
/// that opens case files, so keeping the accounts never comes with reading the files.
/// </summary>
public static class SeparationOfDuties
{
    /// <summary>Roles that open case files; an administrator account never holds them (separation of duties).</summary>
    public static readonly IReadOnlySet<string> CaseFileRoles = new HashSet<string> { Roles.Coach, Roles.ProgrammeLead, Roles.EmployerAdviser };

    /// <summary>True when the roles combine Administrator with a role that opens case files.</summary>
    public static bool CombinesAdministrationWithCaseFiles(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet();
        return set.Contains(Roles.Administrator) && set.Overlaps(CaseFileRoles);
    }
}
