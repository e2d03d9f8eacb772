using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Intake;

/// <summary>A BSN as a page shows it: masked, and in full only on the page view right after an audited "show".</summary>
public sealed record BsnView(string Masked, string? Full);

/// <summary>
/// Shows a stored BSN masked (<c>*****1234</c>) to those who may open the application (intake
/// queue) or edit the participant file (own coach, stand-in); showing it in full is a separate,
/// audited request (detail "bsn:show"). The value itself is never written to the audit log.
/// </summary>
public sealed class BsnService(AppDbContext db, IBsnProtector protector, IntakeQueueService queue, ParticipantAccess access, AuditLog audit)
{
    public const string ShowDetail = "bsn:show";

    /// <summary>The application's BSN for its queue page; null when there is none or the application is out of reach.</summary>
    public async Task<BsnView?> ForApplicationAsync(StaffUser user, int applicationId, bool full, CancellationToken ct = default)
    {
        var application = await queue.FindAsync(user, applicationId, ct);
        return application?.BsnProtected is { } stored ? View(stored, full) : null;
    }

    /// <summary>The participant's BSN for their file: for the own coach and a stand-in only.</summary>
    public async Task<BsnView?> ForParticipantAsync(StaffUser user, int participantId, bool full, CancellationToken ct = default)
    {
        var (participant, rights) = await ParticipantAsync(user, participantId, ct);
        if (participant is null || !rights.CanEdit)
        {
            return null;
        }

        var stored = await db.Applications.Where(a => a.Id == participant.ApplicationId).Select(a => a.BsnProtected).FirstOrDefaultAsync(ct);
        return stored is null ? null : View(stored, full);
    }

    /// <summary>
    /// The participant's BSN for a file already opened under ParticipantAccess: the file read
    /// gives the stored value to those who may edit the file only (own coach, stand-in).
    /// </summary>
    public BsnView? ForFile(ParticipantFile file, bool full) =>
        file.Rights.CanEdit && file.ProtectedBsn is { } stored ? View(stored, full) : null;

    /// <summary>Records that the user asked to see the application's BSN in full (allowed or not).</summary>
    public async Task<Result<int>> ShowForApplicationAsync(StaffUser user, int applicationId, CancellationToken ct = default)
    {
        var application = await queue.FindAsync(user, applicationId, ct);
        var found = application?.BsnProtected is not null;
        await audit.WriteAsync(user.Id, AuditAction.Read, AuditObjects.Application, applicationId, found ? AuditResult.Success : AuditResult.NotFound, ShowDetail, ct);
        return found ? Result<int>.Ok(applicationId) : Result<int>.NotFound();
    }

    public async Task<Result<int>> ShowForParticipantAsync(StaffUser user, int participantId, CancellationToken ct = default)
    {
        var (participant, rights) = await ParticipantAsync(user, participantId, ct);
        if (participant is null || !rights.CanRead)
        {
            await audit.WriteAsync(user.Id, AuditAction.Read, AuditObjects.Participant, participantId, AuditResult.NotFound, ShowDetail, ct);
            return Result<int>.NotFound();
        }

        if (!rights.CanEdit)
        {
            await audit.WriteAsync(user.Id, AuditAction.Read, AuditObjects.Participant, participantId, AuditResult.Denied, ShowDetail, ct);
            return Result<int>.Refused("NotAllowed");
        }

        var hasBsn = await db.Applications.AnyAsync(a => a.Id == participant.ApplicationId && a.BsnProtected != null, ct);
        await audit.WriteAsync(user.Id, AuditAction.Read, AuditObjects.Participant, participantId, hasBsn ? AuditResult.Success : AuditResult.NotFound, ShowDetail, ct);
        return hasBsn ? Result<int>.Ok(participantId) : Result<int>.NotFound();
    }

    private async Task<(Participant? Participant, FileRights Rights)> ParticipantAsync(StaffUser user, int participantId, CancellationToken ct)
    {
        var participant = await db.Participants.AsNoTracking().FirstOrDefaultAsync(p => p.Id == participantId, ct);
        return participant is null ? (null, FileRights.None) : (participant, await access.RightsAsync(user, participant, ct));
    }

    private BsnView View(string stored, bool full)
    {
        var bsn = protector.Unprotect(stored);
        return new BsnView(Bsn.Mask(bsn), full ? bsn : null);
    }
}
