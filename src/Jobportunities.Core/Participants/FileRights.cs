namespace Jobportunities.Core.Participants;

/// <summary>What one user may see and do in one participant file (docs/roles-and-rights.md).</summary>
public sealed record FileRights(
    bool CanRead,
    bool CanEdit,
    bool SeesProfile,
    bool SeesWorkProfile,
    bool SeesJournal,
    bool SeesBarriers,
    bool SeesHealth,
    bool CanAssignCoach)
{
    public static readonly FileRights None = new(false, false, false, false, false, false, false, false);

    public FileRights Or(FileRights other) => new(
        CanRead || other.CanRead, CanEdit || other.CanEdit, SeesProfile || other.SeesProfile, SeesWorkProfile || other.SeesWorkProfile,
        SeesJournal || other.SeesJournal, SeesBarriers || other.SeesBarriers, SeesHealth || other.SeesHealth, CanAssignCoach || other.CanAssignCoach);
}
