using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Placements;

/// <summary>The list of durable checks: the caseloads a coach works today, a lead's programmes (<see cref="ParticipantAccess.ListReachAsync"/>).</summary>
public sealed class DurableCheckList(AppDbContext db, ParticipantAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<DurableCheckRow>> ListAsync(StaffUser user, CancellationToken ct = default)
    {
        var inReach = await access.ListReachAsync(user, ct);
        await audit.WriteAsync(user.Id, AuditAction.Read, AuditObjects.DurableChecks, "list", detail: "name,programme,coach,employer,due-date,state", ct: ct);
        // Read-only: the date-driven states (pending, upcoming, due, overdue) are computed here from the
        // stored check date; "not durable" is stored by the placement writes and the daily job.
        var window = new DueWindow(clock.Today());
        var (today, dueFrom, upcomingUntil) = (window.Today, window.OverdueBefore, window.UpcomingUntil);
        // A join, so SQLite can start from the caseload's index and read each person's checks by index.
        return await (from c in db.DurableChecks.AsNoTracking()
                      join p in inReach on c.ParticipantId equals p.Id
                      orderby c.DueDate
                      select new { Check = c, Participant = p })
            .Select(x => new DurableCheckRow(x.Check.Id, x.Participant.Id, x.Participant.GivenName + " " + x.Participant.FamilyName, x.Participant.Reference,
                x.Participant.Programme!.Name, x.Participant.Coach!.DisplayName, x.Check.Placement!.Employer!.Name, x.Check.Placement.StartDate, x.Check.DueDate,
                x.Check.State == DurableState.NotDurable ? DurableState.NotDurable
                    : x.Check.DueDate < dueFrom ? DurableState.Overdue
                    : x.Check.DueDate <= today ? DurableState.Due
                    : x.Check.DueDate <= upcomingUntil ? DurableState.Upcoming
                    : DurableState.Pending,
                x.Check.Outcome))
            .Take(1000)
            .ToListAsync(ct);
    }
}
