using Jobportunities.Core.Data;

namespace Jobportunities.Core.Trajectories;

/// <summary>
/// A plan instrument (in the UI: a "wagon" of the participant's train): an instrument from the catalogue with its provider,
/// planned and actual dates, status and cost. Status changes follow <see cref="InstrumentStatusRules"/>.
/// </summary>
public sealed class PlanInstrument : IVersioned
{
    private PlanInstrument()
    {
    }

    public PlanInstrument(int participantId, int instrumentId, int position, PlanInstrumentInput input)
    {
        ParticipantId = participantId;
        InstrumentId = instrumentId;
        Position = position;
        Status = InstrumentStatus.Planned;
        Update(input);
    }

    public int Id { get; private set; }

    public int ParticipantId { get; private set; }

    public int InstrumentId { get; private set; }

    public Instrument? Instrument { get; private set; }

    /// <summary>The place in the train, 1 for the first plan instrument.</summary>
    public int Position { get; private set; }

    public string? Provider { get; private set; }

    public DateOnly? PlannedStart { get; private set; }

    public DateOnly? PlannedEnd { get; private set; }

    public DateOnly? ActualStart { get; private set; }

    public DateOnly? ActualEnd { get; private set; }

    public InstrumentStatus Status { get; private set; }

    public string? StopReason { get; private set; }

    public decimal Cost { get; private set; }

    public Guid Version { get; private set; }

    /// <summary>When the item was withdrawn (added by mistake); null while it counts.</summary>
    public DateTime? WithdrawnUtc { get; private set; }

    public string? WithdrawnByUserId { get; private set; }

    public string? WithdrawReason { get; private set; }

    public bool IsWithdrawn => Status == InstrumentStatus.Withdrawn;

    /// <summary>
    /// Withdraws an item added by mistake, from any status: it stays in the plan with the reason,
    /// who and when, and leaves costs and progress. False when it was withdrawn already.
    /// </summary>
    public bool Withdraw(string reason, string byUserId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (IsWithdrawn)
        {
            return false;
        }

        Status = InstrumentStatus.Withdrawn;
        WithdrawReason = reason.Trim();
        WithdrawnByUserId = byUserId;
        WithdrawnUtc = nowUtc;
        NewVersion();
        return true;
    }

    public void Update(PlanInstrumentInput input)
    {
        if (IsWithdrawn)
        {
            throw new InvalidOperationException("A withdrawn plan item does not change.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(input.Cost);
        if (input.PlannedStart is { } start && input.PlannedEnd is { } end && end < start)
        {
            throw new ArgumentException("The planned end is before the planned start.", nameof(input));
        }

        Provider = string.IsNullOrWhiteSpace(input.Provider) ? null : input.Provider.Trim();
        PlannedStart = input.PlannedStart;
        PlannedEnd = input.PlannedEnd;
        Cost = input.Cost;
        NewVersion();
    }

    /// <summary>Moves to another status on <paramref name="date"/>; returns why not, or null when done.</summary>
    public string? MoveTo(InstrumentStatus to, DateOnly date, string? reason)
    {
        var refusal = InstrumentStatusRules.Check(Status, to, reason, date, ActualStart);
        if (refusal is not null)
        {
            return refusal;
        }

        switch (to)
        {
            case InstrumentStatus.Running:
                ActualStart = date;
                break;
            case InstrumentStatus.Done:
                ActualEnd = date;
                break;
            case InstrumentStatus.Stopped:
                // Stopped before it started: no actual dates, and it costs nothing (PlanCost).
                ActualEnd = Status == InstrumentStatus.Running ? date : null;
                StopReason = reason!.Trim();
                break;
        }

        Status = to;
        NewVersion();
        return null;
    }

    public void NewVersion() => Version = Guid.NewGuid();
}
