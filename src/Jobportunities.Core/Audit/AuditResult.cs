namespace Jobportunities.Core.Audit;

public enum AuditResult
{
    Success,
    Denied,
    NotFound,
    Conflict,
}
