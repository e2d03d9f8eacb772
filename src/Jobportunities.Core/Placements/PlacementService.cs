using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Placements;

/// <summary>
/// Coaches record placements of their participants; the phase follows (Placed), and the first
/// placement that counts for the programme's durable rule opens a durable check.
/// </summary>
public sealed class PlacementService(AppDbContext db, ParticipantAccess access, DurableCheckService checks, AuditLog audit, TimeProvider clock)
{
    /// <summary>The employers a placement can be at, by name, with their city.</summary>
    public async Task<IReadOnlyList<(int Id, string Label)>> EmployerChoicesAsync(CancellationToken ct = default) =>
        (await db.Employers.Where(e => e.ArchivedUtc == null).OrderBy(e => e.Name).Select(e => new { e.Id, e.Name, e.City }).ToListAsync(ct)).Select(e => (e.Id, $"{e.Name}{(e.City is null ? "" : " — " + e.City)}")).ToList();

    public const string ObjectType = "Participant.Placement";

    public async Task<(Participant Participant, FileRights Rights, IReadOnlyList<Placement> Placements, IReadOnlyList<DurableCheck> Checks)?> ReadAsync(StaffUser user, int participantId, CancellationToken ct = default)
    {
        var participant = await db.Participants.AsNoTracking().FirstOrDefaultAsync(p => p.Id == participantId, ct);
        var rights = participant is null ? FileRights.None : await access.RightsAsync(user, participant, ct);
        if (participant is null || !(rights.SeesProfile || rights.CanAssignCoach))
        {
            await audit.WriteAsync(user.Id, AuditAction.Read, ObjectType, participantId, AuditResult.NotFound, ct: ct);
            return null;
        }

        var placements = await db.Placements.AsNoTracking().Include(p => p.Employer).Where(p => p.ParticipantId == participantId).OrderByDescending(p => p.StartDate).ToListAsync(ct);
        var list = await checks.CurrentAsync(participant.ProgrammeId, await db.DurableChecks.AsNoTracking().Where(c => c.ParticipantId == participantId).OrderByDescending(c => c.DueDate).ToListAsync(ct), placements, ct);
        await audit.WriteAsync(user.Id, AuditAction.Read, ObjectType, participantId, ct: ct);
        return (participant, rights, placements, list);
    }

    public async Task<Result<int>> AddAsync(StaffUser user, int participantId, PlacementInput input, CancellationToken ct = default)
    {
        var participant = await db.Participants.Include(p => p.Programme).FirstOrDefaultAsync(p => p.Id == participantId, ct);
        var refusal = await RefuseAsync(user, participant, participantId, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!await db.Employers.AnyAsync(e => e.Id == input.EmployerId && e.ArchivedUtc == null, ct)
            || (input.VacancyId is { } vacancyId && !await db.Vacancies.AnyAsync(v => v.Id == vacancyId && v.EmployerId == input.EmployerId && v.ArchivedUtc == null, ct)))
        {
            return Result<int>.Invalid("UnknownEmployer");
        }

        if (participant!.Phase is Phase.Exited or Phase.Durable)
        {
            return Result<int>.Invalid("PhaseDoesNotAllow");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var placement = new Placement(participantId, input.EmployerId, input.VacancyId, input.Kind, input.ContractType, input.HoursPerWeek, input.Country, input.StartDate, user.Id, now);
        placement.LinkMatchingEvent(input.MatchingEventId);
        db.Placements.Add(placement);
        foreach (var step in new[] { Phase.Plan, Phase.Trajectory, Phase.Placed })
        {
            // A placement moves the participant to Placed through the phases in between, each kept in the history.
            if (participant.Phase < step && participant.MoveTo(step, user.Id, now, note: "placement") is { } change)
            {
                db.PhaseChanges.Add(change);
            }
        }

        audit.Add(user.Id, AuditAction.Create, ObjectType, participantId, detail: "placement");
        await db.SaveChangesAsync(ct);
        await checks.OpenIfCountingAsync(participant, placement, ct);
        return Result<int>.Ok(placement.Id);
    }

    public async Task<Result<int>> EndAsync(StaffUser user, int participantId, int placementId, DateOnly endDate, PlacementEndReason reason, CancellationToken ct = default)
    {
        var participant = await db.Participants.FirstOrDefaultAsync(p => p.Id == participantId, ct);
        var refusal = await RefuseAsync(user, participant, participantId, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var placement = await db.Placements.FirstOrDefaultAsync(p => p.Id == placementId && p.ParticipantId == participantId, ct);
        if (placement is null)
        {
            return Result<int>.NotFound();
        }

        if (!placement.End(endDate, reason))
        {
            return Result<int>.Invalid("EndBeforeStart");
        }

        audit.Add(user.Id, AuditAction.Update, ObjectType, participantId, detail: "placement-end");
        await db.SaveChangesAsync(ct);
        await checks.RefreshParticipantAsync(participantId, ct);
        return Result<int>.Ok(placement.Id);
    }

    private async Task<Result<int>?> RefuseAsync(StaffUser user, Participant? participant, int participantId, CancellationToken ct)
    {
        var rights = participant is null ? FileRights.None : await access.RightsAsync(user, participant, ct);
        if (participant is null || !rights.CanRead)
        {
            await audit.WriteAsync(user.Id, AuditAction.Update, ObjectType, participantId, AuditResult.NotFound, ct: ct);
            return Result<int>.NotFound();
        }

        if (!rights.CanEdit)
        {
            await audit.WriteAsync(user.Id, AuditAction.Update, ObjectType, participantId, AuditResult.Denied, ct: ct);
            return Result<int>.Refused("NotAllowed");
        }

        return null;
    }
}
