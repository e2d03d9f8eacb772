using System.Linq.Expressions;
using Jobportunities.Core.Data;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Trajectories;
using static Jobportunities.Core.Reporting.LeavingStatusRule;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// <see cref="LeavingStatusRule"/> as query predicates. They compare with the stored status day
/// (<see cref="Participant.ExitStatusDay"/>), never add days in SQL: both providers count alike.
/// </summary>
public static class LeavingQueries
{
    public static Expression<Func<Participant, bool>> InEmployment(AppDbContext db) => p => db.Placements.Any(pl => pl.ParticipantId == p.Id
        && EmploymentKinds.Contains(pl.Kind)
        && pl.StartDate <= p.ExitStatusDay
        && (pl.EndDate == null || pl.EndDate >= p.ExitStatusDay));

    public static Expression<Func<Participant, bool>> InLearning(AppDbContext db) => p =>
        db.Placements.Any(pl => pl.ParticipantId == p.Id
            && LearningKinds.Contains(pl.Kind)
            && pl.StartDate <= p.ExitStatusDay
            && (pl.EndDate == null || pl.EndDate >= p.ExitStatusDay))
        || db.PlanInstruments.Any(i => i.ParticipantId == p.Id
            && i.Status != InstrumentStatus.Withdrawn
            && LearningInstruments.Contains(i.Instrument!.Kind)
            && i.ActualStart != null && i.ActualStart <= p.ExitStatusDay
            && (i.ActualEnd == null || i.ActualEnd >= p.ExitStatusDay));

    public static Expression<Func<Participant, bool>> Qualified(AppDbContext db) => p =>
        db.WorkBasedLearningCertificates.Any(c => c.ParticipantId == p.Id && c.IssuedOn <= p.ExitStatusDay)
        || db.Enrolments.Any(e => e.ParticipantId == p.Id && e.Status == EnrolmentStatus.Completed && e.WithDiploma == true
            && db.PlanInstruments.Any(i => i.Id == e.PlanInstrumentId && i.ActualEnd != null && i.ActualEnd <= p.ExitStatusDay));

    /// <summary>Neither in employment nor in learning on the status day, with an exit reason that leaves the person looking.</summary>
    public static Expression<Func<Participant, bool>> JobSearching(AppDbContext db) =>
        And(p => StillLooking.Contains(p.ExitReason!.Value), And(Not(InEmployment(db)), Not(InLearning(db))));

    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    public static Expression<Func<T, bool>> And<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.AndAlso(left.Body, Microsoft.EntityFrameworkCore.Query.ReplacingExpressionVisitor.Replace(right.Parameters[0], left.Parameters[0], right.Body)),
            left.Parameters);

    public static Expression<Func<T, bool>> Or<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.OrElse(left.Body, Microsoft.EntityFrameworkCore.Query.ReplacingExpressionVisitor.Replace(right.Parameters[0], left.Parameters[0], right.Body)),
            left.Parameters);
}
