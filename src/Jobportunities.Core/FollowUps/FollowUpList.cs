using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.FollowUps;

/// <summary>The list of follow-ups after leaving, with the reach of the durable checks' list (<see cref="ParticipantAccess.ListReachAsync"/>).</summary>
public sealed class FollowUpList(AppDbContext db, ParticipantAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<FollowUpRow>> ListAsync(StaffUser user, CancellationToken ct = default)
    {
        var inReach = await access.ListReachAsync(user, ct);
        await audit.WriteAsync(user.Id, AuditAction.Read, AuditObjects.FollowUps, "list", detail: "name,programme,coach,exit-date,due-date,situation", ct: ct);
        var window = new DueWindow(clock.Today());
        var (today, overdueBefore, upcomingUntil) = (window.Today, window.OverdueBefore, window.UpcomingUntil);
        // A join, so SQLite can start from the caseload's index and read each person's follow-ups by index.
        return await (from f in db.FollowUps.AsNoTracking()
                      join p in inReach on f.ParticipantId equals p.Id
                      where f.WithdrawnUtc == null
                      orderby f.DueDate
                      select new { FollowUp = f, Participant = p })
            .Select(x => new FollowUpRow(x.FollowUp.Id, x.Participant.Id, x.Participant.GivenName + " " + x.Participant.FamilyName, x.Participant.Reference,
                x.Participant.Programme!.Name, x.Participant.Coach!.DisplayName, x.FollowUp.ExitDate, x.FollowUp.DueDate,
                x.FollowUp.Situation != null ? FollowUpState.Recorded
                    : x.FollowUp.DueDate < overdueBefore ? FollowUpState.Overdue
                    : x.FollowUp.DueDate <= today ? FollowUpState.Due
                    : x.FollowUp.DueDate <= upcomingUntil ? FollowUpState.Upcoming
                    : FollowUpState.Pending,
                x.FollowUp.Situation))
            .Take(1000)
            .ToListAsync(ct);
    }
}
