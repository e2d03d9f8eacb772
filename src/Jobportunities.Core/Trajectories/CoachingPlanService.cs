using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Trajectories;

/// <summary>
/// Reads and changes coaching plans under <see cref="PlanAccess"/>. Every read and change,
/// allowed or refused, goes to the audit log (object type "Participant.Plan"); every change
/// also to the plan's own history, which the plan page shows.
/// </summary>
public sealed partial class CoachingPlanService(AppDbContext db, PlanAccess access, AuditLog audit, TimeProvider clock)
{
    /// <summary>A change refers to a goal, wagon or agreement that is not in this plan.</summary>
    internal const string ItemNotFound = "ItemNotFound";

    /// <summary>The form was made from an older version of the item.</summary>
    internal const string Stale = "Stale";

    public Task<CoachingPlan?> ReadAsync(StaffUser user, int participantId, string purpose = "plan", CancellationToken ct = default) =>
        ReadAsync(user, participantId, purpose, summary: false, ct);

    /// <summary>
    /// The plan in short (its goals, wagons, cost and certificates), for the participant file:
    /// audited like a full read, without loading the enrolments, agreements and history it does not show.
    /// </summary>
    public Task<CoachingPlan?> ReadSummaryAsync(StaffUser user, int participantId, CancellationToken ct = default) =>
        ReadAsync(user, participantId, "file-summary", summary: true, ct);

    private async Task<CoachingPlan?> ReadAsync(StaffUser user, int participantId, string purpose, bool summary, CancellationToken ct)
    {
        var participant = await db.Participants.AsNoTracking().Include(p => p.Application).FirstOrDefaultAsync(p => p.Id == participantId, ct);
        var rights = participant is null ? PlanRights.None : await access.RightsAsync(user, participant, ct);
        if (participant is null || !rights.CanRead)
        {
            await audit.WriteAsync(user.Id, AuditAction.Read, PlanAccess.ObjectType, participantId, AuditResult.NotFound, purpose, ct);
            return null;
        }

        await audit.WriteAsync(user.Id, AuditAction.Read, PlanAccess.ObjectType, participantId, detail: purpose, ct: ct);
        return await LoadAsync(participant, rights, summary, ct);
    }

    private async Task<CoachingPlan> LoadAsync(Participant p, PlanRights rights, bool summary, CancellationToken ct)
    {
        if (summary)
        {
            var goalsOnly = await db.PlanGoals.AsNoTracking().Where(g => g.ParticipantId == p.Id).OrderBy(g => g.ByWhen).ThenBy(g => g.Id).ToListAsync(ct);
            var wagons = await db.PlanInstruments.AsNoTracking().Include(i => i.Instrument).Where(i => i.ParticipantId == p.Id)
                .OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(ct);
            var split = await db.CostShares.AsNoTracking().Where(s => s.ParticipantId == p.Id).OrderBy(s => s.Id).ToListAsync(ct);
            var certified = await db.WorkBasedLearningCertificates.AsNoTracking().Where(c => c.ParticipantId == p.Id).ToListAsync(ct);
            var summaryCost = PlanCost.Compute(wagons.Select(i => new CostLine(i.Status, i.ActualStart, i.Cost)), split.Select(s => s.ToInput()).ToList());
            return new CoachingPlan(p, rights, "", "", p.Application?.Language ?? "nl", goalsOnly, wagons, [], certified, [], split, [], new Dictionary<string, string>(), summaryCost);
        }

        var programme = await db.Programmes.Where(x => x.Id == p.ProgrammeId).Select(x => x.Name).FirstAsync(ct);
        var goals = await db.PlanGoals.AsNoTracking().Where(g => g.ParticipantId == p.Id).OrderBy(g => g.ByWhen).ThenBy(g => g.Id).ToListAsync(ct);
        var instruments = await db.PlanInstruments.AsNoTracking().Include(i => i.Instrument).Where(i => i.ParticipantId == p.Id)
            .OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(ct);
        var enrolments = await db.Enrolments.AsNoTracking().Include(e => e.CourseRun!).ThenInclude(r => r.Course!).ThenInclude(c => c.TrainingProvider)
            .Where(e => e.ParticipantId == p.Id).OrderBy(e => e.Id).ToListAsync(ct);
        var certificates = await db.WorkBasedLearningCertificates.AsNoTracking().Where(c => c.ParticipantId == p.Id).ToListAsync(ct);
        var agreements = await db.EmployerAgreements.AsNoTracking().Where(a => a.ParticipantId == p.Id).OrderBy(a => a.Id).ToListAsync(ct);
        var shares = await db.CostShares.AsNoTracking().Where(s => s.ParticipantId == p.Id).OrderBy(s => s.Id).ToListAsync(ct);
        var history = await db.PlanHistory.AsNoTracking().Where(h => h.ParticipantId == p.Id).OrderByDescending(h => h.AtUtc).ThenByDescending(h => h.Id).ToListAsync(ct);
        var userIds = history.Select(h => h.ByUserId).Append(p.CoachId).Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var cost = PlanCost.Compute(instruments.Select(i => new CostLine(i.Status, i.ActualStart, i.Cost)), shares.Select(s => s.ToInput()).ToList());
        return new CoachingPlan(p, rights, programme, names.GetValueOrDefault(p.CoachId, ""), p.Application?.Language ?? "nl",
            goals, instruments, enrolments, certificates, agreements, shares, history, names, cost);
    }

    /// <summary>
    /// Runs one change of a plan in a transaction when the user may edit it. The change returns
    /// a refusal code, or null; it may save to obtain ids for the history. Audited either way.
    /// </summary>
    private async Task<Result<int>> ChangeAsync(StaffUser user, int participantId, string what, Func<Participant, Task<string?>> change, CancellationToken ct)
    {
        var (participant, outcome) = await access.OpenForChangeAsync(user, participantId, what, ct);
        if (participant is null)
        {
            return outcome == Outcome.Refused ? Result<int>.Refused("NotAllowed") : Result<int>.NotFound();
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var refusal = await change(participant);
            if (refusal is not null)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return refusal switch
                {
                    ItemNotFound => Result<int>.NotFound(),
                    Stale => await ConflictAsync(user, participantId, what, ct),
                    _ => Result<int>.Invalid(refusal),
                };
            }

            audit.Add(user.Id, AuditAction.Update, PlanAccess.ObjectType, participantId, AuditResult.Success, what);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Result<int>.Ok(participantId);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ConflictAsync(user, participantId, what, ct);
        }
    }

    private async Task<Result<int>> ConflictAsync(StaffUser user, int participantId, string what, CancellationToken ct)
    {
        await audit.WriteAsync(user.Id, AuditAction.Update, PlanAccess.ObjectType, participantId, AuditResult.Conflict, what, ct);
        return Result<int>.Conflict(participantId);
    }

    private PlanHistoryEntry History(Participant p, StaffUser user, PlanChangeKind kind, int? itemId, string? status = null, string? note = null) =>
        new(p.Id, kind, itemId, user.Id, Now, status, note);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
