namespace Jobportunities.Core.Data;

/// <summary>
/// An entity edited through forms. <see cref="Version"/> is the optimistic concurrency token: a
/// GUID replaced on every save, so it works the same on SQLite and SQL Server (no rowversion).
/// </summary>
public interface IVersioned
{
    Guid Version { get; }

    void NewVersion();
}
