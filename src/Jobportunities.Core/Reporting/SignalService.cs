using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Reporting;

public enum SignalKind
{
    CheckOverdue,
    NoRecentContact,
    PlacementWithoutEvidence,
    ApplicationWaiting,
    FollowUpOverdue,
}

/// <summary>One record that needs attention: its id (check, participant or application), whose it is and since when.</summary>
public sealed record SignalRow
{
    public int RecordId { get; init; }

    public int? ParticipantId { get; init; }

    public string Reference { get; init; } = "";

    public string Name { get; init; } = "";

    public string ProgrammeName { get; init; } = "";

    /// <summary>The check date, the last contact (or the start without one), or the day of submission.</summary>
    public DateOnly Since { get; init; }
}

public sealed record SignalGroup(SignalKind Kind, int Total, IReadOnlyList<SignalRow> Rows);

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
        var groups = new List<SignalGroup>();
        foreach (var (kind, query) in await QueriesAsync(user, ct))
        {
            var total = await query.CountAsync(ct);
            var rows = total == 0 ? [] : await query.OrderBy(r => r.Since).ThenBy(r => r.RecordId).Take(ListLimit).ToListAsync(ct);
            groups.Add(new SignalGroup(kind, total, rows));
        }

        return groups;
    }

    public async Task<IReadOnlyDictionary<SignalKind, int>> CountAsync(StaffUser user, CancellationToken ct = default)
    {
        var counts = new Dictionary<SignalKind, int>();
        foreach (var (kind, query) in await QueriesAsync(user, ct))
        {
            counts[kind] = await query.CountAsync(ct);
        }

        return counts;
    }

    private async Task<IReadOnlyList<(SignalKind, IQueryable<SignalRow>)>> QueriesAsync(StaffUser user, CancellationToken ct)
    {
        var coachIds = user.IsInRole(Roles.Coach) ? await access.CaseloadCoachIdsAsync(user.Id, ct) : [];
        var leads = user.IsInRole(Roles.ProgrammeLead);
        var works = leads || user.IsInRole(Roles.Coach);
        var userId = user.Id;
        var participants = db.Participants.AsNoTracking()
            .Where(p => coachIds.Contains(p.CoachId) || (leads && db.ProgrammeMembers.Any(m => m.UserId == userId && m.ProgrammeId == p.ProgrammeId)));

        var today = clock.Today();
        var overdueBefore = today.AddDays(-DurableCheckCalculator.OverdueAfterDays);
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
        var waiting = db.Applications.AsNoTracking()
            .Where(a => works && a.Status == ApplicationStatus.New && a.SubmittedUtc < submittedBefore
                && db.ProgrammeMembers.Any(m => m.UserId == userId && m.ProgrammeId == a.ProgrammeId))
            .Select(a => new SignalRow
            {
                RecordId = a.Id, Reference = a.Reference, Name = a.GivenName + " " + a.FamilyName,
                ProgrammeName = a.Programme!.Name, Since = DateOnly.FromDateTime(a.SubmittedUtc),
            });

        // The follow-up six months after leaving, not recorded more than the overdue window after its due date.
        var followUpOverdue = (from f in db.FollowUps.AsNoTracking()
                               join p in participants on f.ParticipantId equals p.Id
                               where f.Situation == null && f.WithdrawnUtc == null && f.DueDate < overdueBefore
                               select new SignalRow
                               {
                                   RecordId = f.Id, ParticipantId = p.Id, Reference = p.Reference, Name = p.GivenName + " " + p.FamilyName,
                                   ProgrammeName = p.Programme!.Name, Since = f.DueDate,
                               });

        return [(SignalKind.CheckOverdue, overdue), (SignalKind.NoRecentContact, noContact), (SignalKind.PlacementWithoutEvidence, withoutEvidence), (SignalKind.ApplicationWaiting, waiting),
            (SignalKind.FollowUpOverdue, followUpOverdue)];
    }
}
