using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Trajectories;

/// <summary>
/// Enrols participants in course runs from their plan. Taking a seat is one conditional UPDATE
/// in the same transaction as the new "opleiding" plan instrument and the enrolment, so a full run
/// refuses the next enrolment even when two coaches enrol at the same moment
/// (docs/adr/0008-course-seats-conditional-update.md).
/// </summary>
public sealed class EnrolmentService(AppDbContext db, PlanAccess access, AuditLog audit, TimeProvider clock)
{
    public const string CourseFull = "CourseFull";

    /// <summary>The participant's latest consent for sharing with training providers is not "given".</summary>
    public const string NoTrainingConsent = "NoTrainingConsent";

    /// <summary>The course or its provider is archived: no new enrolment names it (ADR 0025).</summary>
    public const string CourseArchived = "CourseArchived";

    /// <summary>Runs of active courses that start today or later, full ones included (the list says so); archived courses and providers left out.</summary>
    public async Task<IReadOnlyList<RunChoice>> OpenRunsAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        return await db.CourseRuns.AsNoTracking()
            .Where(r => r.StartDate >= today && r.Course!.IsActive && r.Course.ArchivedUtc == null && r.Course.TrainingProvider!.ArchivedUtc == null)
            .OrderBy(r => r.Course!.TrainingProvider!.Name).ThenBy(r => r.Course!.Title).ThenBy(r => r.StartDate)
            .Select(r => new RunChoice(r.Id, r.Course!.TrainingProvider!.Name, r.Course.TrainingProvider.Country, r.Course.Title, r.Course.Sector,
                r.Course.Level, r.Course.Language, r.StartDate, r.Seats - r.SeatsTaken, r.Course.Cost))
            .ToListAsync(ct);
    }

    public async Task<Result<int>> EnrolAsync(StaffUser user, int participantId, int runId, CancellationToken ct = default)
    {
        var (participant, outcome) = await access.OpenForChangeAsync(user, participantId, "enrol", ct);
        if (participant is null)
        {
            return outcome == Outcome.Refused ? Result<int>.Refused("NotAllowed") : Result<int>.NotFound();
        }

        // Enrolling shares the person's details with the training provider: only with their consent (the latest ledger line).
        var ledger = await db.ConsentRecords.AsNoTracking()
            .Where(c => c.ApplicationId == participant.ApplicationId && c.Purpose == Intake.ConsentPurpose.ShareWithTrainingProviders).ToListAsync(ct);
        if (!Intake.ConsentLedger.IsGiven(ledger, Intake.ConsentPurpose.ShareWithTrainingProviders))
        {
            await audit.WriteAsync(user.Id, AuditAction.Update, PlanAccess.ObjectType, participantId, AuditResult.Denied, "enrol:no-training-consent", ct);
            return Result<int>.Invalid(NoTrainingConsent);
        }

        var run = await db.CourseRuns.AsNoTracking().Include(r => r.Course!).ThenInclude(c => c.TrainingProvider).FirstOrDefaultAsync(r => r.Id == runId, ct);
        var refusal = run is null || !run.Course!.IsActive ? "RunNotFound"
            : run.Course.IsArchived || run.Course.TrainingProvider!.IsArchived ? CourseArchived
            : run.StartDate < clock.Today() ? "RunStarted"
            : await db.Enrolments.AnyAsync(e => e.CourseRunId == runId && e.ParticipantId == participantId && e.Status != EnrolmentStatus.DroppedOut, ct) ? "AlreadyEnrolled"
            : null;
        var instrument = await db.Instruments.AsNoTracking().Where(i => i.IsActive && i.Kind == InstrumentKind.Training).OrderBy(i => i.Id).FirstOrDefaultAsync(ct);
        refusal ??= instrument is null ? "NoTrainingInstrument" : null;
        if (refusal is not null)
        {
            return Result<int>.Invalid(refusal);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await CourseSeats.TryTakeAsync(db, runId, ct))
        {
            await transaction.RollbackAsync(ct);
            await audit.WriteAsync(user.Id, AuditAction.Update, PlanAccess.ObjectType, participantId, AuditResult.Conflict, "enrol:course-full", ct);
            return Result<int>.Invalid(CourseFull);
        }

        var course = run!.Course!;
        var position = (await db.PlanInstruments.Where(i => i.ParticipantId == participantId).MaxAsync(i => (int?)i.Position, ct) ?? 0) + 1;
        var planInstrument = new PlanInstrument(participantId, instrument!.Id, position,
            new PlanInstrumentInput($"{course.TrainingProvider!.Name} — {course.Title}", run.StartDate, course.EndOf(run.StartDate), course.Cost));
        db.PlanInstruments.Add(planInstrument);
        await db.SaveChangesAsync(ct);
        var enrolment = new Enrolment(runId, participantId, planInstrument.Id, user.Id, Now);
        db.Enrolments.Add(enrolment);
        await db.SaveChangesAsync(ct);
        db.PlanHistory.Add(new PlanHistoryEntry(participantId, PlanChangeKind.Enrolled, enrolment.Id, user.Id, Now));
        audit.Add(user.Id, AuditAction.Update, PlanAccess.ObjectType, participantId, AuditResult.Success, "enrol");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<int>.Ok(enrolment.Id);
    }

    /// <summary>Moves an enrolment and its plan instrument together; dropping out before the start frees the seat.</summary>
    public async Task<Result<int>> ChangeStatusAsync(StaffUser user, int participantId, int enrolmentId, EnrolmentStatus to, DateOnly date, bool withDiploma, string? reason, CancellationToken ct = default)
    {
        var what = "enrolment:status:" + to;
        var (participant, outcome) = await access.OpenForChangeAsync(user, participantId, what, ct);
        if (participant is null)
        {
            return outcome == Outcome.Refused ? Result<int>.Refused("NotAllowed") : Result<int>.NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var enrolment = await db.Enrolments.FirstOrDefaultAsync(e => e.Id == enrolmentId && e.ParticipantId == participantId, ct);
        if (enrolment is null)
        {
            return Result<int>.NotFound();
        }

        var planInstrument = await db.PlanInstruments.FirstAsync(i => i.Id == enrolment.PlanInstrumentId, ct);
        var from = enrolment.Status;
        var refusal = enrolment.MoveTo(to, withDiploma, reason) ?? planInstrument.MoveTo(EnrolmentStatusRules.InstrumentStatusOf(to), date, reason);
        if (refusal is not null)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Result<int>.Invalid(refusal);
        }

        if (EnrolmentStatusRules.FreesSeat(from, to))
        {
            await CourseSeats.ReleaseAsync(db, enrolment.CourseRunId, ct);
        }

        db.PlanHistory.Add(new PlanHistoryEntry(participantId, PlanChangeKind.EnrolmentStatusChanged, enrolment.Id, user.Id, Now, to.ToString(), reason));
        audit.Add(user.Id, AuditAction.Update, PlanAccess.ObjectType, participantId, AuditResult.Success, what);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<int>.Ok(enrolment.Id);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
