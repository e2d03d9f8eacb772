using Jobportunities.Core.Data;

namespace Jobportunities.Core.Common;

/// <summary>
/// The versioned, archivable part of a register record (employer, vacancy, matching event, training
/// provider, course): archived instead of deleted (ADR 0025), out of lists and choices while
/// <see cref="ArchivedUtc"/> is set, still shown where history points at it, and restorable.
/// </summary>
public abstract class ArchivableRecord : IVersioned
{
    public Guid Version { get; private set; }

    /// <summary>Set while archived: out of lists and choices, still shown where history points at it.</summary>
    public DateTime? ArchivedUtc { get; private set; }

    public bool IsArchived => ArchivedUtc is not null;

    /// <summary>Archives instead of deleting; returns whether anything changed.</summary>
    public bool Archive(DateTime nowUtc)
    {
        if (IsArchived)
        {
            return false;
        }

        ArchivedUtc = nowUtc;
        NewVersion();
        return true;
    }

    /// <summary>Brings the record back into lists and choices; returns whether anything changed.</summary>
    public bool Restore()
    {
        if (!IsArchived)
        {
            return false;
        }

        ArchivedUtc = null;
        NewVersion();
        return true;
    }

    public void NewVersion() => Version = Guid.NewGuid();
}
