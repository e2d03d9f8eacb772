using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Reporting;

/// <summary>
/// Data-quality signals (docs/product.md section 7), defined in docs/reporting.md. A coach sees those of
/// their caseload (own participants and those they stand in for, as on the caseload page) and the
/// waiting applications of their programmes, whose queue they work; a lead those of the
/// programmes they are a member of. Nobody else has any.
/// </summary>
public sealed class SignalService(AppDbContext db, ParticipantAccess access, TimeProvider clock)
{
    public const int NoContactDays = 60;
    public const int WaitingDays = 14;
    public const int ListLimit = 100;

    public async Task<IReadOnlyList<SignalGroup>> ListAsync(StaffUser user, CancellationToken ct = default)
    {
        var queries = await QueriesAsync(user, ct);
        var counts = await CountAsync(queries, ct);
        var groups = new List<SignalGroup>();
        foreach (var signal in queries)
        {
            // Rows only for the kinds that have any: one command per non-empty kind, whatever the data.
            var total = counts[signal.Kind];
            var rows = total == 0 ? [] : await signal.FirstRows.OrderBy(r => r.Since).ThenBy(r => r.RecordId).Take(ListLimit).ToListAsync(ct);
            groups.Add(new SignalGroup(signal.Kind, total, rows));
        }

        return groups;
    }

    public async Task<IReadOnlyDictionary<SignalKind, int>> CountAsync(StaffUser user, CancellationToken ct = default) =>
        await CountAsync(await QueriesAsync(user, ct), ct);

    /// <summary>The counts for a caller that already knows the caseload's coaches (the start page).</summary>
    public Task<IReadOnlyDictionary<SignalKind, int>> CountAsync(StaffUser user, IReadOnlyList<string> caseloadCoachIds, CancellationToken ct = default) =>
        CountAsync(Queries(user, caseloadCoachIds), ct);

    /// <summary>
    /// All kinds counted in one command (UNION ALL of the kinds, grouped), not one per kind: the
    /// number of commands stays the same as kinds are added and as the data grows.
    /// </summary>
    private static async Task<IReadOnlyDictionary<SignalKind, int>> CountAsync(IReadOnlyList<SignalQuery> queries, CancellationToken ct)
    {
        var counts = queries.ToDictionary(q => q.Kind, _ => 0);
        var tagged = queries.Select(q => { var kind = q.Kind; return q.Query.Select(_ => kind); }).Aggregate((a, b) => a.Concat(b));
        foreach (var row in await tagged.GroupBy(k => k).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
        {
            counts[row.Key] = row.Count;
        }

        return counts;
    }

    private async Task<IReadOnlyList<SignalQuery>> QueriesAsync(StaffUser user, CancellationToken ct) =>
        Queries(user, user.IsInRole(Roles.Coach) ? await access.CaseloadCoachIdsAsync(user.Id, ct) : []);

    /// <summary>
    /// One (kind, query, first rows) per signal kind: the query counts, the first rows are where the list
    /// takes its <see cref="ListLimit"/> oldest from (the query itself, but for the waiting applications). The reach is written so the database can use its
    /// indexes (docs/performance.md): the caseload by coach id, a lead's programmes and the queue's
    /// programmes as IN lists, never an OR with a correlated EXISTS, which made every query read
    /// every participant or application of the database.
    /// </summary>
    private IReadOnlyList<SignalQuery> Queries(StaffUser user, IReadOnlyList<string> coachIds)
    {
        var leads = user.IsInRole(Roles.ProgrammeLead);
        var works = leads || user.IsInRole(Roles.Coach);
        var userId = user.Id;
        var memberOf = db.ProgrammeMembers.Where(m => m.UserId == userId).Select(m => m.ProgrammeId);
        var participants = leads
            ? db.Participants.AsNoTracking().Where(p => coachIds.Contains(p.CoachId) || memberOf.Contains(p.ProgrammeId))
            : db.Participants.AsNoTracking().Where(p => coachIds.Contains(p.CoachId));

        var today = clock.Today();
        var overdueBefore = new DueWindow(today).OverdueBefore;
        var checks = from c in db.DurableChecks.AsNoTracking()
                     join p in participants on c.ParticipantId equals p.Id
                     select new { Check = c, Participant = p };
        var overdue = checks
            .Where(x => x.Check.Outcome == null && x.Check.State != DurableState.NotDurable && x.Check.DueDate < overdueBefore)
            .Select(x => new SignalRow
            {
                RecordId = x.Check.Id, ParticipantId = x.Participant.Id, Reference = x.Participant.Reference,
                Name = x.Participant.GivenName + " " + x.Participant.FamilyName, ProgrammeName = x.Participant.Programme!.Name, Since = x.Check.DueDate,
            });

        // Recorded durable or not durable without evidence; or past the check date with no outcome (those already overdue are listed there).
        var withoutEvidence = checks
            .Where(x => ((x.Check.Outcome == DurableOutcome.Durable || x.Check.Outcome == DurableOutcome.NotDurable) && x.Check.Evidence == null)
                || (x.Check.Outcome == null && x.Check.DueDate < today && (x.Check.State == DurableState.NotDurable || x.Check.DueDate >= overdueBefore)))
            .Select(x => new SignalRow
            {
                RecordId = x.Check.Id, ParticipantId = x.Participant.Id, Reference = x.Participant.Reference,
                Name = x.Participant.GivenName + " " + x.Participant.FamilyName, ProgrammeName = x.Participant.Programme!.Name, Since = x.Check.DueDate,
            });

        var contactBefore = today.AddDays(-NoContactDays);
        var createdBefore = contactBefore.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var noContact = participants
            .Where(p => p.Phase != Phase.Exited && p.Phase != Phase.Durable
                && (p.LastContactDate < contactBefore || (p.LastContactDate == null && p.CreatedUtc < createdBefore)))
            .Select(p => new SignalRow
            {
                RecordId = p.Id, ParticipantId = p.Id, Reference = p.Reference, Name = p.GivenName + " " + p.FamilyName,
                ProgrammeName = p.Programme!.Name, Since = p.LastContactDate ?? DateOnly.FromDateTime(p.CreatedUtc),
            });

        var submittedBefore = clock.GetUtcNow().UtcDateTime.AddDays(-WaitingDays);
        var waitingApplications = db.Applications.AsNoTracking()
            .Where(a => works && memberOf.Contains(a.ProgrammeId) && a.Status == ApplicationStatus.New && a.SubmittedUtc < submittedBefore);
        var waiting = WaitingRows(waitingApplications);

        // A backlog can be thousands of applications (a programme that stopped working its queue, or a partner's
        // bulk referrals): sorting them all by their date read every one of their rows on each view. The oldest
        // are picked by the index's own columns first (ProgrammeId, Status, SubmittedUtc, and the id), and only
        // their rows are read (docs/performance.md, session 8).
        var oldestIds = waitingApplications.OrderBy(a => a.SubmittedUtc).ThenBy(a => a.Id).Select(a => a.Id).Take(ListLimit);
        var oldestWaiting = WaitingRows(db.Applications.AsNoTracking().Where(a => oldestIds.Contains(a.Id)));

        // The follow-up six months after leaving, not recorded more than the overdue window after its due date.
        var followUpOverdue = (from f in db.FollowUps.AsNoTracking()
                               join p in participants on f.ParticipantId equals p.Id
                               where f.Situation == null && f.WithdrawnUtc == null && f.DueDate < overdueBefore
                               select new SignalRow
                               {
                                   RecordId = f.Id, ParticipantId = p.Id, Reference = p.Reference, Name = p.GivenName + " " + p.FamilyName,
                                   ProgrammeName = p.Programme!.Name, Since = f.DueDate,
                               });

        return [new(SignalKind.CheckOverdue, overdue), new(SignalKind.NoRecentContact, noContact), new(SignalKind.PlacementWithoutEvidence, withoutEvidence),
            new(SignalKind.ApplicationWaiting, waiting, oldestWaiting), new(SignalKind.FollowUpOverdue, followUpOverdue)];
    }

    private static IQueryable<SignalRow> WaitingRows(IQueryable<Application> applications) =>
        applications.Select(a => new SignalRow
        {
            RecordId = a.Id, Reference = a.Reference, Name = a.GivenName + " " + a.FamilyName,
            ProgrammeName = a.Programme!.Name, Since = DateOnly.FromDateTime(a.SubmittedUtc),
        });

    /// <summary>A kind's rows to count, and where its list takes its oldest from (the same rows unless given).</summary>
    private sealed record SignalQuery(SignalKind Kind, IQueryable<SignalRow> Query, IQueryable<SignalRow>? First = null)
    {
        public IQueryable<SignalRow> FirstRows => First ?? Query;
    }
}
