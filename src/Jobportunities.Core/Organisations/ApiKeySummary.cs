namespace Jobportunities.Core.Organisations;

public sealed record ApiKeySummary(int Id, string Name, string Hint, DateTime CreatedUtc, DateTime? RevokedUtc)
{
    public bool IsActive => RevokedUtc is null;
}
