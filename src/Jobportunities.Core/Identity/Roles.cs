namespace Jobportunities.Core.Identity;

/// <summary>The staff roles. Names are stored in the database and used by policies.</summary>
public static class Roles
{
    public const string Coach = "Coach";
    public const string EmployerAdviser = "EmployerAdviser";
    public const string ProgrammeLead = "ProgrammeLead";
    public const string Referrer = "Referrer";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [Coach, EmployerAdviser, ProgrammeLead, Referrer, Administrator];
}
