using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Privacy;

/// <summary>
/// Erasure on request (AVG/GDPR article 17): a lead of the programme or an administrator
/// anonymises the file at once, as retention would (<see cref="AnonymisationService"/>), plus the
/// person's linked applications (flagged duplicates of the file's application). The anonymised
/// figures stay for funder reporting. Refused while a durable check is open, unless the request
/// confirms the check can no longer be done. The audit row names the file, never the reason.
/// </summary>
public sealed class ErasureService(AppDbContext db, AnonymisationService anonymiser, AuditLog audit, TimeProvider clock)
{
    public const string ObjectType = "Participant.Erasure";
    public const string OpenDurableCheck = "Erasure.OpenDurableCheck";

    public async Task<ErasureSubject?> FindAsync(StaffUser user, int id, CancellationToken ct = default)
    {
        var subject = await SubjectAsync(user, id, ct);
        await audit.WriteAsync(user.Id, AuditAction.Read, ObjectType, id, subject is null ? AuditResult.NotFound : AuditResult.Success, ct: ct);
        return subject;
    }

    public async Task<Result<ErasureSubject>> EraseAsync(StaffUser user, int id, ErasureRequest request, CancellationToken ct = default)
    {
        var subject = await SubjectAsync(user, id, ct);
        if (subject is null)
        {
            await audit.WriteAsync(user.Id, AuditAction.Delete, ObjectType, id, AuditResult.NotFound, ct: ct);
            return Result<ErasureSubject>.NotFound();
        }

        if (subject.AnonymisedOn is not null)
        {
            // A second click, or erased meanwhile: nothing left to erase.
            return Result<ErasureSubject>.Ok(subject);
        }

        if (subject.HasOpenDurableCheck && !request.DurableCheckImpossible)
        {
            await audit.WriteAsync(user.Id, AuditAction.Delete, ObjectType, id, AuditResult.Denied, "open-durable-check", ct);
            return Result<ErasureSubject>.Refused(OpenDurableCheck);
        }

        var today = clock.Today();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var applicationId = await db.Participants.Where(p => p.Id == id).Select(p => p.ApplicationId).FirstAsync(ct);
        await anonymiser.AnonymiseParticipantAsync(id, today, request.Reason.Trim(), ct);
        var linked = await db.Applications
            .Where(a => (a.PossibleDuplicateOfId == applicationId || db.Applications.Any(own => own.Id == applicationId && own.PossibleDuplicateOfId == a.Id))
                && !db.Participants.Any(p => p.ApplicationId == a.Id))
            .Select(a => a.Id).ToListAsync(ct);
        foreach (var application in linked)
        {
            await anonymiser.AnonymiseApplicationAsync(application, today, ct);
        }

        audit.Add(user.Id, AuditAction.Delete, ObjectType, id, detail: subject.HasOpenDurableCheck ? "erasure-on-request;durable-check-impossible" : "erasure-on-request");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<ErasureSubject>.Ok(subject with { AnonymisedOn = today });
    }

    private async Task<ErasureSubject?> SubjectAsync(StaffUser user, int id, CancellationToken ct)
    {
        var isAdmin = user.IsInRole(Roles.Administrator);
        var isLead = user.IsInRole(Roles.ProgrammeLead);
        if (!isAdmin && !isLead)
        {
            return null;
        }

        return await db.Participants.AsNoTracking()
            .Where(p => p.Id == id && (isAdmin || db.ProgrammeMembers.Any(m => m.UserId == user.Id && m.ProgrammeId == p.ProgrammeId)))
            .Select(p => new ErasureSubject(p.Id, p.Reference, p.Programme!.Name, p.AnonymisedOn,
                db.DurableChecks.Any(c => c.ParticipantId == p.Id && c.Outcome == null)))
            .FirstOrDefaultAsync(ct);
    }
}
