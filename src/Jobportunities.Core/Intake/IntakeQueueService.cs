using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Intake;

public sealed record QueueFilter(int? ProgrammeId = null, ApplicationSource? Source = null, bool? Eligible = null, int Page = 1);

/// <summary>One page of the queue (oldest first) and how many applications wait in all.</summary>
public sealed record QueueList(IReadOnlyList<QueueItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record QueueItem(
    int Id,
    string Reference,
    string ProgrammeName,
    string Name,
    DateTime SubmittedUtc,
    ApplicationSource Source,
    string? Organisation,
    bool IsEligible,
    string UnmetConditions,
    bool PossibleDuplicate);

public sealed record Decision(string UserId, string? Reason);

/// <summary>
/// The intake queue of coaches and leads: new applications and referrals of the programmes the
/// user works in, oldest first. Accepting makes a participant in phase Intake with a coach;
/// declining keeps the reason, which the referrer sees. Reading an application and every
/// decision, allowed or refused, is written to the audit log (object "Application").
/// </summary>
public sealed class IntakeQueueService(AppDbContext db, TimeProvider clock, AuditLog audit)
{
    /// <summary>Opens one application for its page; the read is audited, also when it is out of reach.</summary>
    public async Task<Application?> ReadAsync(StaffUser user, int id, CancellationToken ct = default)
    {
        var application = await FindAsync(user, id, ct);
        await audit.WriteAsync(user.Id, AuditAction.Read, AuditObjects.Application, id, application is null ? AuditResult.NotFound : AuditResult.Success, "application", ct);
        return application;
    }

    public async Task<Result<int>> AcceptAsync(StaffUser user, int id, string coachId, string? overrideReason, CancellationToken ct = default) =>
        await AuditedAsync(user, id, "accept", await AcceptCoreAsync(user, id, coachId, overrideReason, ct), ct);

    public async Task<Result<int>> DeclineAsync(StaffUser user, int id, string reason, CancellationToken ct = default) =>
        await AuditedAsync(user, id, "decline", await DeclineCoreAsync(user, id, reason, ct), ct);

    public async Task<Result<int>> MergeDuplicateAsync(StaffUser user, int id, string reasonText, CancellationToken ct = default) =>
        await AuditedAsync(user, id, "duplicate:merge", await MergeDuplicateCoreAsync(user, id, reasonText, ct), ct);

    public async Task<Result<int>> DismissDuplicateAsync(StaffUser user, int id, CancellationToken ct = default) =>
        await AuditedAsync(user, id, "duplicate:dismiss", await DismissDuplicateCoreAsync(user, id, ct), ct);

    public const int PageSize = 50;

    public async Task<QueueList> ListAsync(StaffUser user, QueueFilter filter, CancellationToken ct = default)
    {
        var query = InReach(user).Where(a => a.Status == ApplicationStatus.New);
        if (filter.ProgrammeId is { } programmeId)
        {
            query = query.Where(a => a.ProgrammeId == programmeId);
        }

        if (filter.Source is { } source)
        {
            query = query.Where(a => a.Source == source);
        }

        if (filter.Eligible is { } eligible)
        {
            query = query.Where(a => a.IsEligible == eligible);
        }

        await audit.WriteAsync(user.Id, AuditAction.Read, AuditObjects.IntakeQueue, "list", detail: "name,programme,source,eligibility,duplicate", ct: ct);
        // A page of rows and a count from the index, not the whole queue: it grows with the programme.
        var total = await query.CountAsync(ct);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var items = total == 0 ? [] : await query
            .OrderBy(a => a.SubmittedUtc).ThenBy(a => a.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(a => new QueueItem(
                a.Id, a.Reference, a.Programme!.Name, a.GivenName + " " + a.FamilyName, a.SubmittedUtc, a.Source,
                db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                a.IsEligible, a.UnmetConditions, a.PossibleDuplicateOfId != null))
            .ToListAsync(ct);
        return new QueueList(items, total, page, PageSize);
    }

    public Task<Application?> FindAsync(StaffUser user, int id, CancellationToken ct = default) =>
        InReach(user).Include(a => a.Programme).FirstOrDefaultAsync(a => a.Id == id, ct);

    public async Task<IReadOnlyList<ConsentRecord>> ConsentsAsync(int applicationId, CancellationToken ct = default) =>
        await db.ConsentRecords.Where(c => c.ApplicationId == applicationId).OrderBy(c => c.RecordedUtc).ThenBy(c => c.Id).ToListAsync(ct);

    /// <summary>Active coaches who work in the programme: the ones an application can be assigned to.</summary>
    public Task<IReadOnlyList<(string Id, string Name)>> CoachesAsync(int programmeId, CancellationToken ct = default) =>
        new ProgrammeStaffQueries(db).ActiveCoachesAsync(programmeId, ct);

    /// <summary>The referring organisation's name and the reference of the application this one may duplicate.</summary>
    public async Task<(string? Organisation, string? DuplicateReference)> LinkedNamesAsync(Application application, CancellationToken ct = default)
    {
        var organisation = application.OrganisationId is { } org ? await db.Organisations.Where(o => o.Id == org).Select(o => o.Name).FirstOrDefaultAsync(ct) : null;
        var duplicate = application.PossibleDuplicateOfId is { } dup ? await db.Applications.Where(a => a.Id == dup).Select(a => a.Reference).FirstOrDefaultAsync(ct) : null;
        return (organisation, duplicate);
    }

    private async Task<Result<int>> AcceptCoreAsync(StaffUser user, int id, string coachId, string? overrideReason, CancellationToken ct)
    {
        var application = await FindAsync(user, id, ct);
        if (application is null)
        {
            return Result<int>.NotFound();
        }

        if (application.Status != ApplicationStatus.New)
        {
            return Result<int>.Refused("AlreadyDecided");
        }

        if (!application.IsEligible && string.IsNullOrWhiteSpace(overrideReason))
        {
            return Result<int>.Invalid("OverrideReasonRequired");
        }

        if (!await new ProgrammeStaffQueries(db).IsActiveCoachAsync(application.ProgrammeId, coachId, ct))
        {
            return Result<int>.Invalid("CoachNotInProgramme");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        application.Accept(user.Id, overrideReason, now);
        var participant = new Participant(application.ProgrammeId, application, coachId, now);
        db.Participants.Add(participant);
        await FollowUps.FollowUpService.WithdrawOnReEntryAsync(db, application.ProgrammeId, participant.GivenName, participant.FamilyName, participant.BirthDate, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A colleague decided at the same moment (concurrency token or the unique application id).
            db.ChangeTracker.Clear();
            return Result<int>.Refused("AlreadyDecided");
        }

        return Result<int>.Ok(participant.Id);
    }

    private async Task<Result<int>> DeclineCoreAsync(StaffUser user, int id, string reason, CancellationToken ct)
    {
        var application = await FindAsync(user, id, ct);
        if (application is null)
        {
            return Result<int>.NotFound();
        }

        if (application.Status != ApplicationStatus.New)
        {
            return Result<int>.Refused("AlreadyDecided");
        }

        application.Decline(user.Id, reason, clock.GetUtcNow().UtcDateTime);
        return await SaveAsync(application.Id, ct);
    }

    /// <summary>The flagged application is the same person: close it as a duplicate of the other.</summary>
    private async Task<Result<int>> MergeDuplicateCoreAsync(StaffUser user, int id, string reasonText, CancellationToken ct)
    {
        var application = await FindAsync(user, id, ct);
        if (application?.PossibleDuplicateOfId is not { } otherId)
        {
            return Result<int>.NotFound();
        }

        var other = await db.Applications.Where(a => a.Id == otherId).Select(a => a.Reference).FirstAsync(ct);
        application.Decline(user.Id, $"{reasonText} {other}", clock.GetUtcNow().UtcDateTime);
        return await SaveAsync(application.Id, ct);
    }

    private async Task<Result<int>> DismissDuplicateCoreAsync(StaffUser user, int id, CancellationToken ct)
    {
        var application = await FindAsync(user, id, ct);
        if (application is null)
        {
            return Result<int>.NotFound();
        }

        application.DismissDuplicateFlag();
        return await SaveAsync(application.Id, ct);
    }

    /// <summary>Writes the decision's outcome to the audit log: the application, what was decided, allowed or refused.</summary>
    private async Task<Result<int>> AuditedAsync(StaffUser user, int id, string what, Result<int> result, CancellationToken ct)
    {
        var outcome = result.Outcome switch
        {
            Outcome.Ok => AuditResult.Success,
            Outcome.NotFound => AuditResult.NotFound,
            Outcome.Conflict => AuditResult.Conflict,
            _ => AuditResult.Denied,
        };
        // Refusals return before anything changes, so this saves the audit line only.
        await audit.WriteAsync(user.Id, AuditAction.Update, AuditObjects.Application, id, outcome, result.ErrorCode is null ? what : $"{what}:{result.ErrorCode}", ct);
        return result;
    }

    private async Task<Result<int>> SaveAsync(int id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<int>.Ok(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result<int>.Refused("AlreadyDecided");
        }
    }

    /// <summary>
    /// Undecided applications of the programmes the coach or lead works in; nothing else exists for
    /// them. Once decided, an accepted application belongs to the participant file and its coach, so
    /// the queue answers 404 for it (as for a declined one).
    /// </summary>
    private IQueryable<Application> InReach(StaffUser user)
    {
        if (!user.IsInRole(Roles.Coach) && !user.IsInRole(Roles.ProgrammeLead))
        {
            return db.Applications.Where(_ => false);
        }

        // An IN list of the user's programmes, so the (programme, status, submitted) index is used;
        // a correlated EXISTS per application read the whole table (docs/performance.md).
        var userId = user.Id;
        var programmes = db.ProgrammeMembers.Where(m => m.UserId == userId).Select(m => m.ProgrammeId);
        return db.Applications.Where(a => programmes.Contains(a.ProgrammeId) && a.Status == ApplicationStatus.New);
    }
}
