using System.Linq.Expressions;
using Jobportunities.Core.Data;
using Jobportunities.Core.FollowUps;
using Jobportunities.Core.Participants;
using static Jobportunities.Core.Reporting.LeavingStatusRule;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// THE one place that says whether a leaver was in employment (incl. self-employment) six months
/// after leaving (ESF+ longer-term result indicator, docs/reporting.md): the follow-up six months
/// after leaving recorded work (employed or self-employed), or a job, self-employment or
/// work-and-learn placement covers the stored day six months after the exit
/// (<see cref="Participant.ExitSixMonthDay"/>). One expression, so the export stays one aggregate
/// query per cell.
/// </summary>
public static class LongerTermResultQuery
{
    public static Expression<Func<Participant, bool>> InEmploymentSixMonthsAfterLeaving(AppDbContext db) => p =>
        db.FollowUps.Any(f => f.ParticipantId == p.Id && f.WithdrawnUtc == null
            && f.Situation != null && FollowUpRule.InWork.Contains(f.Situation.Value))
        || db.Placements.Any(pl => pl.ParticipantId == p.Id
            && EmploymentKinds.Contains(pl.Kind)
            && pl.StartDate <= p.ExitSixMonthDay
            && (pl.EndDate == null || pl.EndDate >= p.ExitSixMonthDay));

    /// <summary>
    /// "Participants with an improved labour market situation six months after leaving": employed at
    /// entry (<see cref="EntryStatusQueries.Employed"/>), and the follow-up six months after leaving
    /// recorded work with one of the Commission's four improvements (<see cref="FollowUpRule.Improvements"/>).
    /// A placement alone does not tell whether the situation improved, so only the follow-up counts.
    /// </summary>
    public static Expression<Func<Participant, bool>> ImprovedSituationSixMonthsAfterLeaving(AppDbContext db) =>
        LeavingQueries.And(EntryStatusQueries.Employed(db), p => db.FollowUps.Any(f => f.ParticipantId == p.Id && f.WithdrawnUtc == null
            && f.Situation != null && FollowUpRule.InWork.Contains(f.Situation.Value)
            && f.Improvement != null && FollowUpRule.Improvements.Contains(f.Improvement.Value)));

    /// <summary>Leavers whose day six months after the exit has come (on or before today).</summary>
    public static Expression<Func<Participant, bool>> Measurable(DateOnly today) => p => p.ExitSixMonthDay <= today;
}
