namespace Jobportunities.Core.Audit;

public enum AuditAction
{
    Read,
    Create,
    Update,
    Delete,
    Export,
}
