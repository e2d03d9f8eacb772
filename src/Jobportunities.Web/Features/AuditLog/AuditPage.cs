using Jobportunities.Core.Audit;

namespace Jobportunities.Web.Features.AuditLog;

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total, AuditFilter Filter)
{
    public int PageCount => Math.Max(1, (Total + Core.Audit.AuditLog.PageSize - 1) / Core.Audit.AuditLog.PageSize);
}
