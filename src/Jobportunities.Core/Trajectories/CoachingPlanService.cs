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
public sealed partial class CoachingPlanService(AppDbContext db, PlanAccess access, ParticipantAccess participantAccess, AuditLog audit, TimeProvider clock)
{
    /// <summary>A change refers to a goal, plan instrument or agreement that is not in this plan.</summary>
    internal const string ItemNotFound = "ItemNotFound";

    /// <summary>The form was made from an older version of the item.</summary>
    internal const string Stale = "Stale";

    /// <summary>A withdrawn plan item does not change any more.</summary>
    internal const string ItemWithdrawn = "ItemWithdrawn";

    /// <summary>An agreement's employer is not in the register or is archived.</summary>
    internal const string EmployerNotChoosable = "EmployerNotChoosable";

    /// <summary>
    /// The plan in short for a participant file already opened under ParticipantAccess (the
    /// participant and the file rights come from that read): the plan rights follow from the file
    /// rights; the caller audits the read in the file's row of the page view (section "plan"), and
    /// goals, plan instruments, cost split and certificates come in one query.
    /// </summary>
    public async Task<CoachingPlan?> ReadSummaryForFileAsync(StaffUser user, Participant p, FileRights fileRights, CancellationToken ct = default)
    {
        var rights = PlanAccess.From(user, fileRights);
        if (!rights.CanRead)
        {
            return null;
        }

        // The plan instruments' filter names the participant twice on purpose: the correlation becomes the join's ON
        // clause, the parameter stays inside the joined subquery, so SQLite reads only this plan's plan instruments
        // instead of materialising every plan instrument of the database with its instrument (docs/performance.md).
        var id = p.Id;
        var plan = await db.Participants.AsNoTracking().Where(x => x.Id == id).Select(x => new
        {
            Language = db.Applications.Where(a => a.Id == x.ApplicationId).Select(a => a.Language).FirstOrDefault(),
            Goals = db.PlanGoals.Where(g => g.ParticipantId == x.Id).OrderBy(g => g.ByWhen).ThenBy(g => g.Id).ToList(),
            Instruments = db.PlanInstruments.Include(i => i.Instrument).Where(i => i.ParticipantId == x.Id && i.ParticipantId == id).OrderBy(i => i.Position).ThenBy(i => i.Id).ToList(),
            Split = db.CostShares.Where(s => s.ParticipantId == x.Id).OrderBy(s => s.Id).ToList(),
            Certified = db.WorkBasedLearningCertificates.Where(c => c.ParticipantId == x.Id).OrderBy(c => c.Id).ToList(),
        }).FirstAsync(ct);
        var cost = PlanCost.Compute(plan.Instruments.Select(i => new CostLine(i.Status, i.ActualStart, i.Cost)), plan.Split.Select(s => s.ToInput()).ToList());
        return new CoachingPlan(p, rights, "", "", plan.Language ?? "nl", plan.Goals, plan.Instruments, [], plan.Certified, [], plan.Split, [], new Dictionary<string, string>(), cost);
    }

    public async Task<CoachingPlan?> ReadAsync(StaffUser user, int participantId, string purpose = "plan", CancellationToken ct = default)
    {
        // The participant with the user's relation, the programme's name, the coach's name and the language in one query.
        var found = await participantAccess.RelationOf(user, db.Participants.AsNoTracking().Where(p => p.Id == participantId))
            .Select(x => new
            {
                x.Participant,
                x.IsStandIn,
                x.IsMember,
                x.EmployersMaySee,
                Programme = x.Participant.Programme!.Name,
                Coach = db.Users.Where(u => u.Id == x.Participant.CoachId).Select(u => u.DisplayName).FirstOrDefault(),
                Language = db.Applications.Where(a => a.Id == x.Participant.ApplicationId).Select(a => a.Language).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        var participant = found?.Participant;
        var rights = participant is null ? PlanRights.None
            : PlanAccess.From(user, ParticipantAccess.Rights(user, participant, new FileRelation(found!.IsStandIn, found.IsMember, found.EmployersMaySee)));
        if (participant is null || !rights.CanRead)
        {
            await audit.WriteAsync(user.Id, AuditAction.Read, PlanAccess.ObjectType, participantId, AuditResult.NotFound, purpose, ct);
            return null;
        }

        await audit.WriteAsync(user.Id, AuditAction.Read, PlanAccess.ObjectType, participantId, detail: purpose, ct: ct);
        return await LoadAsync(participant, rights, found!.Programme, found.Coach ?? "", found.Language ?? "nl", ct);
    }

    private async Task<CoachingPlan> LoadAsync(Participant p, PlanRights rights, string programme, string coachName, string language, CancellationToken ct)
    {
        // The plan's short lists (goals, agreements, certificates, cost split: a few rows each) in one query.
        var id = p.Id;
        var lists = await db.Participants.AsNoTracking().Where(x => x.Id == id).Select(x => new
        {
            Goals = db.PlanGoals.Where(g => g.ParticipantId == x.Id).OrderBy(g => g.ByWhen).ThenBy(g => g.Id).ToList(),
            Certificates = db.WorkBasedLearningCertificates.Where(c => c.ParticipantId == x.Id).OrderBy(c => c.Id).ToList(),
            Agreements = db.EmployerAgreements.Where(a => a.ParticipantId == x.Id).OrderBy(a => a.Id).ToList(),
            // Joined with the employer: the participant as a parameter too, see ReadSummaryForFileAsync.
            AgreementEmployers = db.EmployerAgreements.Where(a => a.ParticipantId == x.Id && a.ParticipantId == id && a.EmployerId != null).Select(a => new { a.Id, a.Employer!.Name }).ToList(),
            Shares = db.CostShares.Where(s => s.ParticipantId == x.Id).OrderBy(s => s.Id).ToList(),
        }).FirstAsync(ct);
        var instruments = await db.PlanInstruments.AsNoTracking().Include(i => i.Instrument).Where(i => i.ParticipantId == p.Id)
            .OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(ct);
        var enrolments = await db.Enrolments.AsNoTracking().Include(e => e.CourseRun!).ThenInclude(r => r.Course!).ThenInclude(c => c.TrainingProvider)
            .Where(e => e.ParticipantId == p.Id).OrderBy(e => e.Id).ToListAsync(ct);
        var history = await db.PlanHistory.AsNoTracking().Where(h => h.ParticipantId == p.Id).OrderByDescending(h => h.AtUtc).ThenByDescending(h => h.Id)
            .Select(h => new { Row = h, Name = db.Users.Where(u => u.Id == h.ByUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        var names = new Dictionary<string, string> { [p.CoachId] = coachName };
        foreach (var entry in history.Where(h => h.Name is not null))
        {
            names[entry.Row.ByUserId] = entry.Name!;
        }

        var cost = PlanCost.Compute(instruments.Select(i => new CostLine(i.Status, i.ActualStart, i.Cost)), lists.Shares.Select(s => s.ToInput()).ToList());
        return new CoachingPlan(p, rights, programme, coachName, language,
            lists.Goals, instruments, enrolments, lists.Certificates, lists.Agreements, lists.Shares, history.Select(h => h.Row).ToList(), names, cost)
        {
            AgreementEmployers = lists.AgreementEmployers.ToDictionary(a => a.Id, a => a.Name),
        };
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
