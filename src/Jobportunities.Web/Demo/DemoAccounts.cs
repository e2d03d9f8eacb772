using Jobportunities.Web.Features.Account;

namespace Jobportunities.Web.Demo;

/// <summary>The demo staff accounts (Development only). Names and password are a contract: keep them.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo-jobs-2026!";
    public const string Coach = "coach@jobportunities.test";
    public const string Adviser = "adviser@jobportunities.test";
    public const string Lead = "lead@jobportunities.test";
    public const string Referrer = "referrer@jobportunities.test";
    public const string Admin = "admin@jobportunities.test";

    public static readonly IReadOnlyList<DemoAccount> List =
    [
        new(Coach, "Role.Coach"),
        new(Adviser, "Role.EmployerAdviser"),
        new(Lead, "Role.ProgrammeLead"),
        new(Referrer, "Role.Referrer"),
        new(Admin, "Role.Administrator"),
    ];
}
