using Jobportunities.Core.Placements;

namespace Jobportunities.Core.FollowUps;

public enum FollowUpState
{
    /// <summary>The due date is more than <see cref="DurableCheckCalculator.UpcomingWithinDays"/> days away.</summary>
    Pending,

    /// <summary>The due date is within the next 30 days.</summary>
    Upcoming,

    /// <summary>The due date has come; the situation can be recorded.</summary>
    Due,

    /// <summary>More than <see cref="DurableCheckCalculator.OverdueAfterDays"/> days past the due date without a record (a signal).</summary>
    Overdue,

    Recorded,

    Withdrawn,
}

/// <summary>
/// THE follow-up rule (docs/product.md, follow-up after leaving): due six calendar months after the
/// exit date by the same month-end rule as the durable check, with the same upcoming and overdue
/// windows; recordable from the due date on, once, dated between the due date and today.
/// </summary>
public static class FollowUpRule
{
    public const int MonthsAfterLeaving = 6;

    public static DateOnly DueDate(DateOnly exitDate) => DurableCheckCalculator.MonthsLater(exitDate, MonthsAfterLeaving);

    public static FollowUpState StateOn(FollowUp followUp, DateOnly today) =>
        followUp.WithdrawnUtc is not null ? FollowUpState.Withdrawn
        : followUp.Situation is not null ? FollowUpState.Recorded
        : StateOn(followUp.DueDate, today);

    public static FollowUpState StateOn(DateOnly dueDate, DateOnly today) =>
        today.DayNumber > dueDate.DayNumber + DurableCheckCalculator.OverdueAfterDays ? FollowUpState.Overdue
        : today >= dueDate ? FollowUpState.Due
        : dueDate.DayNumber - today.DayNumber <= DurableCheckCalculator.UpcomingWithinDays ? FollowUpState.Upcoming
        : FollowUpState.Pending;

    /// <summary>Null when the situation may be recorded now with this date; else the refusal's code.</summary>
    public static string? CanRecord(FollowUp followUp, DateOnly recordedOn, DateOnly today) =>
        followUp.WithdrawnUtc is not null ? "Withdrawn"
        : followUp.Situation is not null ? "AlreadyRecorded"
        : today < followUp.DueDate ? "NotYetDue"
        : recordedOn < followUp.DueDate || recordedOn > today ? "DateOutOfRange"
        : null;

    /// <summary>The situations that count as "in employment" for the six-month result indicator.</summary>
    public static bool IsInWork(FollowUpSituation situation) => situation is FollowUpSituation.Employed or FollowUpSituation.SelfEmployed;
}
