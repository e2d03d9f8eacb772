using Jobportunities.Core.Data;

namespace Jobportunities.Core.FollowUps;

/// <summary>
/// The follow-up of one participation six months after leaving: opened by the exit with its due
/// date (<see cref="FollowUpRule"/>), recorded once by the coach, withdrawn when the person comes back.
/// </summary>
public sealed class FollowUp : IVersioned
{
    private FollowUp()
    {
    }

    public FollowUp(int participantId, DateOnly exitDate)
    {
        ParticipantId = participantId;
        ExitDate = exitDate;
        DueDate = FollowUpRule.DueDate(exitDate);
    }

    public int Id { get; private set; }

    public int ParticipantId { get; private set; }

    public DateOnly ExitDate { get; private set; }

    /// <summary>Stored, computed in C# by the shared month-end rule.</summary>
    public DateOnly DueDate { get; private set; }

    public FollowUpSituation? Situation { get; private set; }

    public FollowUpSource? Source { get; private set; }

    /// <summary>Asked only of a person employed at entry who is in work again (<see cref="FollowUpRule.AsksImprovement"/>); null otherwise.</summary>
    public FollowUpImprovement? Improvement { get; private set; }

    public DateOnly? RecordedOn { get; private set; }

    public string? Note { get; private set; }

    public string? RecordedByUserId { get; private set; }

    public DateTime? RecordedUtc { get; private set; }

    /// <summary>Set when the person re-entered the programme before the follow-up was recorded.</summary>
    public DateTime? WithdrawnUtc { get; private set; }

    public Guid Version { get; private set; }

    public bool IsOpen => Situation is null && WithdrawnUtc is null;

    /// <summary>
    /// Records the situation; see <see cref="FollowUpRule.CanRecord"/>. The improvement is kept only
    /// where the rule asks it (employed at entry and in work now), and is then required.
    /// </summary>
    public string? Record(FollowUpSituation situation, FollowUpSource source, DateOnly recordedOn, string? note, string userId, DateTime nowUtc, DateOnly today,
        bool employedAtEntry, FollowUpImprovement? improvement)
    {
        if (FollowUpRule.CanRecord(this, recordedOn, today) is { } refusal)
        {
            return refusal;
        }

        var asked = FollowUpRule.AsksImprovement(employedAtEntry, situation);
        if (asked && improvement is null)
        {
            return "ImprovementRequired";
        }

        Situation = situation;
        Source = source;
        Improvement = asked ? improvement : null;
        RecordedOn = recordedOn;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        RecordedByUserId = userId;
        RecordedUtc = nowUtc;
        NewVersion();
        return null;
    }

    /// <summary>Withdraws an open follow-up (the person came back); a recorded one stays as it is.</summary>
    public bool Withdraw(DateTime nowUtc)
    {
        if (!IsOpen)
        {
            return false;
        }

        WithdrawnUtc = nowUtc;
        NewVersion();
        return true;
    }

    public void NewVersion() => Version = Guid.NewGuid();
}
