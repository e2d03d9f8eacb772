using Jobportunities.Core.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// Authorisation policies by role. Relation rules (own caseload, own organisation) are checked
/// in the services on top of these; see docs/roles-and-rights.md.
/// </summary>
public static class Policies
{
    public const string Staff = nameof(Staff);
    public const string Coaching = nameof(Coaching);
    public const string ProgrammeManagement = nameof(ProgrammeManagement);
    public const string Administration = nameof(Administration);
    public const string Referring = nameof(Referring);
    public const string EmployerWork = nameof(EmployerWork);
    public const string EmployerManagement = nameof(EmployerManagement);
    public const string Leading = nameof(Leading);
    public const string FileAccess = nameof(FileAccess);
    public const string TrainingCatalogue = nameof(TrainingCatalogue);
    public const string SubjectAccess = nameof(SubjectAccess);

    public static void Configure(AuthorizationOptions options)
    {
        // Deny by default: an endpoint without [Authorize] or [AllowAnonymous] needs a signed-in staff
        // user (the referral API asks for its own scheme). Public endpoints say [AllowAnonymous] one by one.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(Roles.All).Build();
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(Roles.All));
        options.AddPolicy(Coaching, p => p.RequireRole(Roles.Coach, Roles.ProgrammeLead));
        options.AddPolicy(ProgrammeManagement, p => p.RequireRole(Roles.ProgrammeLead, Roles.Administrator));
        options.AddPolicy(Administration, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(Referring, p => p.RequireRole(Roles.Referrer));
        options.AddPolicy(EmployerWork, p => p.RequireRole(Roles.EmployerAdviser, Roles.Coach, Roles.ProgrammeLead));
        // Keeping the employers register and its vacancies, and organising matching events.
        options.AddPolicy(EmployerManagement, p => p.RequireRole(Roles.EmployerAdviser, Roles.ProgrammeLead));
        options.AddPolicy(Leading, p => p.RequireRole(Roles.ProgrammeLead));
        // The file itself decides per relation (ParticipantAccess); referrers and administrators never get one.
        options.AddPolicy(FileAccess, p => p.RequireRole(Roles.Coach, Roles.ProgrammeLead, Roles.EmployerAdviser));
        // Training providers and courses: coaches read them to enrol; leads and administrators keep them (ProgrammeManagement).
        options.AddPolicy(TrainingCatalogue, p => p.RequireRole(Roles.Coach, Roles.ProgrammeLead, Roles.Administrator));
        // Inzage exports: the own coach (checked in InzageService) or an administrator, their one way into a file.
        options.AddPolicy(SubjectAccess, p => p.RequireRole(Roles.Coach, Roles.Administrator));
    }
}
