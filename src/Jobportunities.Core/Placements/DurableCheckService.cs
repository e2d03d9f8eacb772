using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Placements;

/// <summary>
/// Opens, refreshes and records durable checks (the list is <see cref="DurableCheckList"/>). The rule
/// itself is <see cref="DurableCheckCalculator"/>; this class only feeds it and stores what it says.
/// </summary>
public sealed class DurableCheckService(AppDbContext db, ParticipantAccess access, AuditLog audit, TimeProvider clock)
{
    /// <summary>Opens a check on this placement when it counts and the person has no open check yet.</summary>
    public async Task OpenIfCountingAsync(Participant participant, Placement placement, CancellationToken ct)
    {
        var rule = await db.Programmes.AsNoTracking().Where(p => p.Id == participant.ProgrammeId).Select(p => p.DurableRule).FirstAsync(ct);
        var hasOpen = await db.DurableChecks.AnyAsync(c => c.ParticipantId == participant.Id && c.Outcome == null && c.State != DurableState.NotDurable, ct);
        if (!DurableCheckCalculator.Counts(rule, placement) || hasOpen)
        {
            await RefreshParticipantAsync(participant.Id, ct);
            return;
        }

        db.DurableChecks.Add(new DurableCheck(participant.Id, placement.Id, rule.DueDate(placement.StartDate)));
        await db.SaveChangesAsync(ct);
        await RefreshParticipantAsync(participant.Id, ct);
    }

    /// <summary>
    /// The person's checks as the rule sees them today, computed in memory from what the page
    /// already loaded: a read never writes (the writes that change placements refresh the stored state).
    /// </summary>
    public async Task<IReadOnlyList<DurableCheck>> CurrentAsync(int programmeId, IReadOnlyList<DurableCheck> checks, IReadOnlyList<Placement> placements, CancellationToken ct = default)
    {
        if (!checks.Any(c => c.Outcome is null))
        {
            return checks;
        }

        var rule = await db.Programmes.AsNoTracking().Where(p => p.Id == programmeId).Select(p => p.DurableRule).FirstAsync(ct);
        var today = clock.Today();
        foreach (var check in checks.Where(c => c.Outcome is null && placements.Any(p => p.Id == c.PlacementId)))
        {
            check.Apply(DurableCheckCalculator.Evaluate(rule, placements.First(p => p.Id == check.PlacementId), placements, today));
        }

        return checks;
    }

    public async Task<int> RefreshParticipantAsync(int participantId, CancellationToken ct = default) =>
        await RefreshAsync(db.DurableChecks.Where(c => c.ParticipantId == participantId), ct);

    /// <summary>
    /// Recomputes every open check (the daily job). Idempotent: two instances running it at the
    /// same time compute the same states; a concurrency conflict means the other one already wrote it.
    /// </summary>
    public Task<int> RefreshAllAsync(CancellationToken ct = default) =>
        RefreshAsync(db.DurableChecks.Where(c => c.Outcome == null && c.State != DurableState.NotDurable), ct);

    private async Task<int> RefreshAsync(IQueryable<DurableCheck> query, CancellationToken ct)
    {
        var today = clock.Today();
        var open = await query.Where(c => c.Outcome == null).Include(c => c.Placement).ToListAsync(ct);
        // Three queries for any number of checks: the participants' programmes, their rules, their placements.
        var participantIds = open.Select(c => c.ParticipantId).Distinct().ToList();
        var programmeOf = await db.Participants.AsNoTracking().Where(p => participantIds.Contains(p.Id))
            .Select(p => new { p.Id, p.ProgrammeId }).ToDictionaryAsync(p => p.Id, p => p.ProgrammeId, ct);
        var programmeIds = programmeOf.Values.Distinct().ToList();
        var rules = (await db.Programmes.AsNoTracking().Where(p => programmeIds.Contains(p.Id))
            .Select(p => new { p.Id, p.DurableRule }).ToListAsync(ct)).ToDictionary(p => p.Id, p => p.DurableRule);
        var placementsOf = (await db.Placements.AsNoTracking().Where(p => participantIds.Contains(p.ParticipantId)).ToListAsync(ct))
            .ToLookup(p => p.ParticipantId);
        var changed = 0;
        foreach (var check in open)
        {
            var rule = rules[programmeOf[check.ParticipantId]];
            changed += check.Apply(DurableCheckCalculator.Evaluate(rule, check.Placement!, placementsOf[check.ParticipantId], today)) ? 1 : 0;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
        }

        return changed;
    }

    public async Task<(DurableCheck Check, Participant Participant, FileRights Rights)?> FindAsync(StaffUser user, int id, CancellationToken ct = default)
    {
        var check = await db.DurableChecks.Include(c => c.Placement).ThenInclude(p => p!.Employer).FirstOrDefaultAsync(c => c.Id == id, ct);
        var participant = check is null ? null : await db.Participants.FirstOrDefaultAsync(p => p.Id == check.ParticipantId, ct);
        var rights = participant is null ? FileRights.None : await access.RightsAsync(user, participant, ct);
        return participant is null || !(rights.SeesProfile || rights.CanAssignCoach) ? null : (check!, participant, rights);
    }

    /// <summary>Records the verified outcome; a durable one moves the participant to Duurzaam.</summary>
    public async Task<Result<int>> RecordAsync(StaffUser user, int id, DurableOutcome outcome, DurableEvidence? evidence, DateOnly verifiedOn, string? note, CancellationToken ct = default, int? evidenceDocumentId = null)
    {
        var found = await FindAsync(user, id, ct);
        if (found is not { } f)
        {
            return Result<int>.NotFound();
        }

        if (!f.Rights.CanEdit)
        {
            return Result<int>.Refused("NotAllowed");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        if (today < f.Check.DueDate)
        {
            return Result<int>.Invalid("NotYetDue");
        }

        // The evidence document must be of the same participant (docs/privacy.md, "Documents").
        if (evidenceDocumentId is { } documentId && !await db.Documents.AnyAsync(d => d.Id == documentId && d.ParticipantId == f.Participant.Id, ct))
        {
            return Result<int>.Invalid("EvidenceNotOfParticipant");
        }

        if (!f.Check.Record(outcome, evidence, verifiedOn, note, user.Id, now, today, evidenceDocumentId))
        {
            return Result<int>.Invalid(f.Check.Outcome is not null ? "AlreadyRecorded" : "EvidenceRequired");
        }

        if (outcome == DurableOutcome.Durable && f.Participant.MoveTo(Phase.Durable, user.Id, now, note: "durable check") is { } change)
        {
            db.PhaseChanges.Add(change);
        }

        audit.Add(user.Id, AuditAction.Update, PlacementService.ObjectType, f.Participant.Id, detail: "durable-check:" + outcome);
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(id);
    }
}
