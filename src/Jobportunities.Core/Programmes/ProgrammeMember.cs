using Jobportunities.Core.Identity;

namespace Jobportunities.Core.Programmes;

/// <summary>A staff member working in a programme. Rights to a programme's records follow it.</summary>
public sealed class ProgrammeMember
{
    private ProgrammeMember()
    {
    }

    public ProgrammeMember(int programmeId, string userId)
    {
        ProgrammeId = programmeId;
        UserId = userId;
    }

    public int ProgrammeId { get; private set; }

    public Programme? Programme { get; private set; }

    public string UserId { get; private set; } = "";

    public AppUser? User { get; private set; }
}
