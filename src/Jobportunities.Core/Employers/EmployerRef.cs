namespace Jobportunities.Core.Employers;

/// <summary>An employer as a result: id, name and the version saved, for a redirect or a stale-edit notice.</summary>
public sealed record EmployerRef(int Id, string Name, Guid Version);
