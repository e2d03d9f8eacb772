namespace Jobportunities.Web.Features.AuditLog;

public sealed class AuditFilter
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? Until { get; set; }

    public int Page { get; set; } = 1;
}
