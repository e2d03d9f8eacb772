using Jobportunities.Core.Placements;

namespace Jobportunities.Core.FollowUps;

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

    /// <summary>The date-driven state of an open follow-up: <see cref="DueWindow"/>'s window in this rule's words.</summary>
    public static FollowUpState StateOn(DateOnly dueDate, DateOnly today) => new DueWindow(today).StateOf(dueDate) switch
    {
        DueWindowState.Overdue => FollowUpState.Overdue,
        DueWindowState.Due => FollowUpState.Due,
        DueWindowState.Upcoming => FollowUpState.Upcoming,
        _ => FollowUpState.Pending,
    };

    /// <summary>Null when the situation may be recorded now with this date; else the refusal's code.</summary>
    public static string? CanRecord(FollowUp followUp, DateOnly recordedOn, DateOnly today) =>
        followUp.WithdrawnUtc is not null ? "Withdrawn"
        : followUp.Situation is not null ? "AlreadyRecorded"
        : today < followUp.DueDate ? "NotYetDue"
        : recordedOn < followUp.DueDate || recordedOn > today ? "DateOutOfRange"
        : null;

    /// <summary>The situations that count as "in employment" for the six-month result indicator (also in the export's queries).</summary>
    public static readonly FollowUpSituation[] InWork = [FollowUpSituation.Employed, FollowUpSituation.SelfEmployed];

    public static bool IsInWork(FollowUpSituation situation) => InWork.Contains(situation);

    /// <summary>
    /// Whether the follow-up asks if the labour-market situation improved: only of a person employed
    /// at entry (the status at entry as the export counts it) who is in work six months after leaving.
    /// </summary>
    public static bool AsksImprovement(bool employedAtEntry, FollowUpSituation situation) => employedAtEntry && IsInWork(situation);

    /// <summary>The answers that count as "an improved labour market situation" (the Commission's four criteria; also in the export's query).</summary>
    public static readonly FollowUpImprovement[] Improvements =
        [FollowUpImprovement.StableEmployment, FollowUpImprovement.FullEmployment, FollowUpImprovement.HigherSkilledJob, FollowUpImprovement.Promotion];

    public static bool IsImprovement(FollowUpImprovement? improvement) => improvement is { } i && Improvements.Contains(i);
}
