using System.Globalization;
using Jobportunities.Core.Common;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Trajectories;

/// <summary>The changes a coach makes in a plan: goals, plan instruments, certificates, agreements, cost split.</summary>
public sealed partial class CoachingPlanService
{
    public Task<Result<int>> AddGoalAsync(StaffUser user, int participantId, GoalInput input, CancellationToken ct = default) =>
        ChangeAsync(user, participantId, "goal:add", async p =>
        {
            var goal = new PlanGoal(p.Id, input, Now);
            db.PlanGoals.Add(goal);
            await db.SaveChangesAsync(ct);
            db.PlanHistory.Add(History(p, user, PlanChangeKind.GoalAdded, goal.Id));
            return null;
        }, ct);

    public Task<Result<int>> UpdateGoalAsync(StaffUser user, int participantId, int goalId, Guid version, GoalInput input, CancellationToken ct = default) =>
        ChangeAsync(user, participantId, "goal:change", async p =>
        {
            var goal = await db.PlanGoals.FirstOrDefaultAsync(g => g.Id == goalId && g.ParticipantId == p.Id, ct);
            if (goal is null || goal.Version != version)
            {
                return goal is null ? ItemNotFound : Stale;
            }

            goal.Update(input);
            db.PlanHistory.Add(History(p, user, PlanChangeKind.GoalChanged, goal.Id));
            return null;
        }, ct);

    public Task<Result<int>> MarkGoalAchievedAsync(StaffUser user, int participantId, int goalId, DateOnly on, CancellationToken ct = default) =>
        ChangeAsync(user, participantId, "goal:achieved", async p =>
        {
            var goal = await db.PlanGoals.FirstOrDefaultAsync(g => g.Id == goalId && g.ParticipantId == p.Id, ct);
            if (goal is null)
            {
                return ItemNotFound;
            }

            if (!goal.MarkAchieved(on))
            {
                return "GoalAlreadyAchieved";
            }

            db.PlanHistory.Add(History(p, user, PlanChangeKind.GoalAchieved, goal.Id));
            return null;
        }, ct);

    /// <summary>Adds a plan instrument; an empty provider or cost takes the catalogue's default.</summary>
    public Task<Result<int>> AddInstrumentAsync(StaffUser user, int participantId, int instrumentId, string? provider, DateOnly? plannedStart, DateOnly? plannedEnd, decimal? cost, CancellationToken ct = default) =>
        ChangeAsync(user, participantId, "instrument:add", async p =>
        {
            var instrument = await db.Instruments.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instrumentId && i.IsActive, ct);
            if (instrument is null)
            {
                return "InstrumentNotActive";
            }

            var position = (await db.PlanInstruments.Where(i => i.ParticipantId == p.Id).MaxAsync(i => (int?)i.Position, ct) ?? 0) + 1;
            var planInstrument = new PlanInstrument(p.Id, instrument.Id, position,
                new PlanInstrumentInput(string.IsNullOrWhiteSpace(provider) ? instrument.DefaultProvider : provider, plannedStart, plannedEnd, cost ?? instrument.DefaultCost));
            db.PlanInstruments.Add(planInstrument);
            await db.SaveChangesAsync(ct);
            db.PlanHistory.Add(History(p, user, PlanChangeKind.InstrumentAdded, planInstrument.Id));
            return null;
        }, ct);

    public Task<Result<int>> UpdateInstrumentAsync(StaffUser user, int participantId, int itemId, Guid version, PlanInstrumentInput input, CancellationToken ct = default) =>
        ChangeAsync(user, participantId, "instrument:change", async p =>
        {
            var planInstrument = await db.PlanInstruments.FirstOrDefaultAsync(i => i.Id == itemId && i.ParticipantId == p.Id, ct);
            if (planInstrument is null || planInstrument.Version != version)
            {
                return planInstrument is null ? ItemNotFound : Stale;
            }

            if (planInstrument.IsWithdrawn)
            {
                return ItemWithdrawn;
            }

            planInstrument.Update(input);
            db.PlanHistory.Add(History(p, user, PlanChangeKind.InstrumentChanged, planInstrument.Id));
            return null;
        }, ct);

    /// <summary>
    /// Withdraws a plan item added by mistake, with a reason: it stays in the plan and its history,
    /// leaves costs and progress, and an enrolment it holds ends and gives its seat back (ADR 0008).
    /// Withdrawing again changes nothing.
    /// </summary>
    public Task<Result<int>> WithdrawInstrumentAsync(StaffUser user, int participantId, int itemId, string reason, CancellationToken ct = default) =>
        ChangeAsync(user, participantId, "instrument:withdraw", async p =>
        {
            var item = await db.PlanInstruments.FirstOrDefaultAsync(i => i.Id == itemId && i.ParticipantId == p.Id, ct);
            if (item is null)
            {
                return ItemNotFound;
            }

            if (!item.Withdraw(reason, user.Id, Now))
            {
                return null;
            }

            var enrolment = await db.Enrolments.FirstOrDefaultAsync(e => e.PlanInstrumentId == item.Id, ct);
            if (enrolment is not null && enrolment.WithdrawWithItem(reason))
            {
                await CourseSeats.ReleaseAsync(db, enrolment.CourseRunId, ct);
            }

            db.PlanHistory.Add(History(p, user, PlanChangeKind.InstrumentWithdrawn, item.Id, InstrumentStatus.Withdrawn.ToString(), reason));
            return null;
        }, ct);

    /// <summary>Moves a plan instrument's status; a plan instrument with an enrolment moves with the enrolment instead.</summary>
    public Task<Result<int>> ChangeInstrumentStatusAsync(StaffUser user, int participantId, int itemId, InstrumentStatus to, DateOnly date, string? reason, CancellationToken ct = default) =>
        ChangeAsync(user, participantId, "instrument:status:" + to, async p =>
        {
            var planInstrument = await db.PlanInstruments.FirstOrDefaultAsync(i => i.Id == itemId && i.ParticipantId == p.Id, ct);
            if (planInstrument is null)
            {
                return ItemNotFound;
            }

            if (await db.Enrolments.AnyAsync(e => e.PlanInstrumentId == planInstrument.Id, ct))
            {
                return "UseEnrolment";
            }

            var refusal = planInstrument.MoveTo(to, date, reason);
            if (refusal is null)
            {
                db.PlanHistory.Add(History(p, user, PlanChangeKind.InstrumentStatusChanged, planInstrument.Id, to.ToString(), reason));
            }

            return refusal;
        }, ct);

    /// <summary>Records (or corrects) the Verklaring Praktijkleren of a completed praktijkleren plan instrument.</summary>
    public Task<Result<int>> RecordCertificateAsync(StaffUser user, int participantId, int itemId, CertificateInput input, CancellationToken ct = default) =>
        ChangeAsync(user, participantId, "certificate", async p =>
        {
            var planInstrument = await db.PlanInstruments.Include(i => i.Instrument).FirstOrDefaultAsync(i => i.Id == itemId && i.ParticipantId == p.Id, ct);
            if (planInstrument is null)
            {
                return ItemNotFound;
            }

            if (planInstrument.Instrument!.Kind != InstrumentKind.WorkBasedLearning || planInstrument.Status != InstrumentStatus.Done)
            {
                return "CertificateNotAllowed";
            }

            if (input.EvidenceDocumentId is { } documentId && !await db.Documents.AnyAsync(d => d.Id == documentId && d.ParticipantId == p.Id, ct))
            {
                return "EvidenceNotOfParticipant";
            }

            var certificate = await db.WorkBasedLearningCertificates.FirstOrDefaultAsync(c => c.PlanInstrumentId == planInstrument.Id, ct);
            if (certificate is null)
            {
                db.WorkBasedLearningCertificates.Add(new WorkBasedLearningCertificate(p.Id, planInstrument.Id, input, user.Id, Now));
            }
            else
            {
                certificate.Update(input);
            }

            db.PlanHistory.Add(History(p, user, PlanChangeKind.CertificateRecorded, planInstrument.Id));
            return null;
        }, ct);

    public Task<Result<int>> AddAgreementAsync(StaffUser user, int participantId, AgreementInput input, CancellationToken ct = default) =>
        ChangeAsync(user, participantId, "agreement:add", async p =>
        {
            if (!await ChoosableEmployerAsync(input.EmployerId, ct))
            {
                return EmployerNotChoosable;
            }

            var agreement = new EmployerAgreement(p.Id, input);
            db.EmployerAgreements.Add(agreement);
            await db.SaveChangesAsync(ct);
            db.PlanHistory.Add(History(p, user, PlanChangeKind.AgreementAdded, agreement.Id));
            return null;
        }, ct);

    public Task<Result<int>> UpdateAgreementAsync(StaffUser user, int participantId, int agreementId, Guid version, AgreementInput input, CancellationToken ct = default) =>
        ChangeAsync(user, participantId, "agreement:change", async p =>
        {
            var agreement = await db.EmployerAgreements.FirstOrDefaultAsync(a => a.Id == agreementId && a.ParticipantId == p.Id, ct);
            if (agreement is null || agreement.Version != version)
            {
                return agreement is null ? ItemNotFound : Stale;
            }

            // Keeping the employer it has is fine even when that one is archived since; another must be choosable.
            if (input.EmployerId != agreement.EmployerId && !await ChoosableEmployerAsync(input.EmployerId, ct))
            {
                return EmployerNotChoosable;
            }

            agreement.Update(input);
            db.PlanHistory.Add(History(p, user, PlanChangeKind.AgreementChanged, agreement.Id));
            return null;
        }, ct);

    /// <summary>An agreement names an employer of the register that is not archived.</summary>
    private Task<bool> ChoosableEmployerAsync(int employerId, CancellationToken ct) =>
        db.Employers.AnyAsync(e => e.Id == employerId && e.ArchivedUtc == null, ct);

    /// <summary>Replaces the cost split as a whole; it must follow <see cref="CostSplit"/>.</summary>
    public Task<Result<int>> ReplaceCostSplitAsync(StaffUser user, int participantId, IReadOnlyList<CostShareInput> shares, CancellationToken ct = default) =>
        ChangeAsync(user, participantId, "cost-split", async p =>
        {
            var refusal = CostSplit.Check(shares);
            if (refusal is not null)
            {
                return refusal;
            }

            db.CostShares.RemoveRange(await db.CostShares.Where(s => s.ParticipantId == p.Id).ToListAsync(ct));
            db.CostShares.AddRange(shares.Select(s => new CostShare(p.Id, s)));
            var summary = string.Join(", ", shares.Select(s => $"{s.PayerName ?? s.Payer.ToString()} {s.Percent.ToString("0.##", CultureInfo.InvariantCulture)}%"));
            db.PlanHistory.Add(History(p, user, PlanChangeKind.CostSplitChanged, null, note: summary));
            return null;
        }, ct);
}
