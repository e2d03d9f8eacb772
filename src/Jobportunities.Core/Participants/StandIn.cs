namespace Jobportunities.Core.Participants;

/// <summary>A lead lets a coach stand in for a colleague's caseload for a period (both days included).</summary>
public sealed class StandIn
{
    private StandIn()
    {
    }

    public StandIn(string absentCoachId, string standInCoachId, DateOnly from, DateOnly until, string grantedByUserId, DateTime grantedUtc)
    {
        if (absentCoachId == standInCoachId)
        {
            throw new ArgumentException("A coach cannot stand in for themselves.", nameof(standInCoachId));
        }

        if (until < from)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(until));
        }

        AbsentCoachId = absentCoachId;
        StandInCoachId = standInCoachId;
        From = from;
        Until = until;
        GrantedByUserId = grantedByUserId;
        GrantedUtc = grantedUtc;
    }

    public int Id { get; private set; }

    public string AbsentCoachId { get; private set; } = "";

    public string StandInCoachId { get; private set; } = "";

    public DateOnly From { get; private set; }

    public DateOnly Until { get; private set; }

    public string GrantedByUserId { get; private set; } = "";

    public DateTime GrantedUtc { get; private set; }

    public DateTime? EndedUtc { get; private set; }

    public bool IsActiveOn(DateOnly day) => EndedUtc is null && From <= day && day <= Until;

    public void End(DateTime nowUtc) => EndedUtc ??= nowUtc;
}
