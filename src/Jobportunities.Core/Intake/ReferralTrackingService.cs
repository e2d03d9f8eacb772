using Jobportunities.Core.Audit;
using Jobportunities.Core.Data;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Intake;

/// <summary>What a referrer may know of a referral's progress.</summary>
public enum ReferralProgress
{
    Received,

    /// <summary>Accepted, but the participant has not consented to share further progress.</summary>
    Accepted,
    Intake,
    InTrajectory,
    Placed,
    Durable,
    Declined,
    Exited,
}

public sealed record ReferralStatus(
    string Reference,
    string? ExternalReference,
    string Name,
    string ProgrammeCode,
    ApplicationSource Source,
    DateTime SubmittedUtc,
    ReferralProgress Progress,
    string? DeclineReason,
    bool IsEligible,
    string UnmetConditions);

/// <summary>One page of an organisation's referrals.</summary>
public sealed record ReferralList(IReadOnlyList<ReferralStatus> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// Referrers follow their own organisation's referrals, as far as the participant's consent to
/// share with the referrer allows — never the participant file. Another organisation's
/// reference does not exist for them.
/// </summary>
public sealed class ReferralTrackingService(AppDbContext db, AuditLog audit, IntakeService intake)
{
    /// <summary>Referrals shown per page of the list.</summary>
    public const int PageSize = 50;

    /// <summary>
    /// One page of the organisation's referrals, newest first, with the total; <paramref name="actorId"/>
    /// (a user or "api-key:N") is written to the audit log. A page, not the whole list: an organisation
    /// that refers thousands of people would otherwise render them all on every view (docs/performance.md).
    /// </summary>
    public async Task<ReferralList> ListAsync(string actorId, int organisationId, int page = 1, CancellationToken ct = default)
    {
        var total = await Own(organisationId).CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await Project(Own(organisationId).OrderByDescending(a => a.SubmittedUtc).ThenByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(ct);
        await audit.WriteAsync(actorId, AuditAction.Read, AuditObjects.Referral, "list", detail: $"organisation={organisationId};rows={rows.Count}", ct: ct);
        return new ReferralList(rows.Select(ToStatus).ToList(), total, page, PageSize);
    }

    public async Task<ReferralStatus?> FindAsync(string actorId, int organisationId, string reference, CancellationToken ct = default)
    {
        var row = await Project(Own(organisationId).Where(a => a.Reference == reference)).FirstOrDefaultAsync(ct);
        await audit.WriteAsync(actorId, AuditAction.Read, AuditObjects.Referral, AuditId(reference), row is null ? AuditResult.NotFound : AuditResult.Success, $"organisation={organisationId}", ct);
        return row is null ? null : ToStatus(row);
    }

    /// <summary>
    /// Stores a referral from a partner system and answers what the organisation may know of it, as
    /// <see cref="FindAsync"/> would. A new referral's answer comes from the row just stored, and its
    /// audit entry (the same as <see cref="FindAsync"/> writes) is committed with it in one transaction
    /// instead of a read and a write of their own; a referral that was already there is read as before.
    /// </summary>
    public async Task<(SubmissionResult Result, ReferralStatus Status)> SubmitAsync(string actorId, Programme programme, ReferralInput referral, CancellationToken ct = default)
    {
        ReferralStatus? stored = null;
        var result = await intake.SubmitReferralCoreAsync(programme, referral, application =>
        {
            stored = StatusOfNew(application, programme.Code, referral.Consents.ShareWithReferrer);
            audit.Add(actorId, AuditAction.Read, AuditObjects.Referral, AuditId(application.Reference), AuditResult.Success, $"organisation={referral.OrganisationId}");
        }, ct);
        var status = (result.Created ? stored : null) ?? await FindAsync(actorId, referral.OrganisationId, result.Reference, ct)
            ?? throw new InvalidOperationException("A stored referral was not found for its organisation.");
        return (result, status);
    }

    /// <summary>What <see cref="Project"/> reads for a referral just stored: no participant yet, the consent given with it.</summary>
    internal static ReferralStatus StatusOfNew(Application a, string programmeCode, bool sharedWithReferrer) =>
        ToStatus(new Row(a.Reference, a.ExternalReference, a.GivenName + " " + a.FamilyName, programmeCode, a.Source, a.SubmittedUtc,
            a.Status, null, sharedWithReferrer, a.DecisionReason, a.IsEligible, a.UnmetConditions));

    private static string AuditId(string reference) => reference.Length > 40 ? reference[..40] : reference;

    public static ReferralProgress ProgressOf(ApplicationStatus status, Phase? phase, bool shareWithReferrer) => status switch
    {
        ApplicationStatus.New => ReferralProgress.Received,
        ApplicationStatus.Declined => ReferralProgress.Declined,
        _ when !shareWithReferrer => ReferralProgress.Accepted,
        _ => phase switch
        {
            Phase.Trajectory => ReferralProgress.InTrajectory,
            Phase.Placed => ReferralProgress.Placed,
            Phase.Durable => ReferralProgress.Durable,
            Phase.Exited => ReferralProgress.Exited,
            _ => ReferralProgress.Intake,
        },
    };

    private IQueryable<Application> Own(int organisationId) => db.Applications.Where(a => a.OrganisationId == organisationId);

    // Filter and order before this projection: EF cannot translate members of a positional record.
    private IQueryable<Row> Project(IQueryable<Application> applications) =>
        applications
            .Select(a => new Row(
                a.Reference,
                a.ExternalReference,
                a.GivenName + " " + a.FamilyName,
                a.Programme!.Code,
                a.Source,
                a.SubmittedUtc,
                a.Status,
                db.Participants.Where(p => p.ApplicationId == a.Id).Select(p => (Phase?)p.Phase).FirstOrDefault(),
                db.ConsentRecords.Where(c => c.ApplicationId == a.Id && c.Purpose == ConsentPurpose.ShareWithReferrer)
                    .OrderByDescending(c => c.RecordedUtc).ThenByDescending(c => c.Id).Select(c => c.Given).FirstOrDefault(),
                a.DecisionReason,
                a.IsEligible,
                a.UnmetConditions));

    private static ReferralStatus ToStatus(Row r)
    {
        var progress = ProgressOf(r.Status, r.Phase, r.Shared);
        return new ReferralStatus(r.Reference, r.ExternalReference, r.Name, r.ProgrammeCode, r.Source, r.SubmittedUtc, progress,
            progress == ReferralProgress.Declined ? r.DecisionReason : null, r.IsEligible, r.UnmetConditions);
    }

    private sealed record Row(
        string Reference,
        string? ExternalReference,
        string Name,
        string ProgrammeCode,
        ApplicationSource Source,
        DateTime SubmittedUtc,
        ApplicationStatus Status,
        Phase? Phase,
        bool Shared,
        string? DecisionReason,
        bool IsEligible,
        string UnmetConditions);
}
