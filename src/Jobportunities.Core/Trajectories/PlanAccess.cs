using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Trajectories;

public sealed record PlanRights(bool CanRead, bool CanEdit)
{
    public static readonly PlanRights None = new(false, false);
}

/// <summary>
/// Who may see and change a coaching plan, following <see cref="ParticipantAccess"/>: the own
/// coach and a stand-in coach edit it; a lead of the participant's programme reads it; nobody
/// else has a plan to see (employer advisers, referrers and administrators included), so for
/// them it is "not found". Refusals are written to the audit log.
/// </summary>
public sealed class PlanAccess(AppDbContext db, ParticipantAccess access, AuditLog audit)
{
    public const string ObjectType = "Participant.Plan";

    public async Task<PlanRights> RightsAsync(StaffUser user, Participant participant, CancellationToken ct = default)
    {
        return From(user, await access.RightsAsync(user, participant, ct));
    }

    /// <summary>The plan rights that follow from the file rights (for a file already opened).</summary>
    public static PlanRights From(StaffUser user, FileRights file)
    {
        // CanAssignCoach is exactly "lead who is a member of the participant's programme".
        var leadReads = user.IsInRole(Roles.ProgrammeLead) && file.CanAssignCoach;
        return new PlanRights(file.CanEdit || leadReads, file.CanEdit);
    }

    /// <summary>The participant when the user may change their plan; otherwise NotFound or Refused, audited.</summary>
    public async Task<(Participant? Participant, Outcome Outcome)> OpenForChangeAsync(StaffUser user, int participantId, string what, CancellationToken ct = default)
    {
        var participant = await db.Participants.AsNoTracking().FirstOrDefaultAsync(p => p.Id == participantId, ct);
        var rights = participant is null ? PlanRights.None : await RightsAsync(user, participant, ct);
        if (participant is null || !rights.CanRead)
        {
            await audit.WriteAsync(user.Id, AuditAction.Update, ObjectType, participantId, AuditResult.NotFound, what, ct);
            return (null, Outcome.NotFound);
        }

        if (!rights.CanEdit)
        {
            await audit.WriteAsync(user.Id, AuditAction.Update, ObjectType, participantId, AuditResult.Denied, what, ct);
            return (null, Outcome.Refused);
        }

        return (participant, Outcome.Ok);
    }
}
