using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Intake;

/// <summary>
/// Stores applications and referrals with their eligibility, duplicate flag and consents. Every
/// path (public form, referral form, CSV row, API) goes through <see cref="StoreAsync"/>, so the
/// rules are the same everywhere. A referral's BSN (already checked with <see cref="Bsn.Check"/>)
/// is stored encrypted with its keyed hash; the same hash in the programme flags a likely duplicate.
/// </summary>
public sealed class IntakeService(AppDbContext db, TimeProvider clock, IBsnProtector? bsnProtector = null)
{
    /// <summary>
    /// The programme by code with its region (areas and postcodes), read-only: every caller only reads
    /// its rules. Not tracked, so the region's postcodes (a hundred and more) are not compared again by
    /// every SaveChanges of the request that stores the application (docs/performance.md, session 6).
    /// </summary>
    public Task<Programme?> FindProgrammeAsync(string code, CancellationToken ct = default) =>
        WithRegion(db.Programmes.Where(p => p.Code == code)).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The programme by code, only when <paramref name="organisationId"/> is one of its partners:
    /// a partner system refers only to programmes its organisation works in; others do not exist for it.
    /// </summary>
    public Task<Programme?> FindPartnerProgrammeAsync(string code, int organisationId, CancellationToken ct = default) =>
        WithRegion(db.Programmes.Where(p => p.Code == code && p.Partners.Any(pp => pp.OrganisationId == organisationId))).FirstOrDefaultAsync(ct);

    private static IQueryable<Programme> WithRegion(IQueryable<Programme> programmes) =>
        programmes.AsNoTracking().Include(p => p.Areas).ThenInclude(a => a.Postcodes).AsSplitQuery();

    public async Task<Programme?> DefaultProgrammeAsync(CancellationToken ct = default)
    {
        var today = Today();
        var code = await db.Programmes.Where(p => p.StartDate <= today && p.EndDate >= today && p.ClosedUtc == null)
            .OrderBy(p => p.Id).Select(p => p.Code).FirstOrDefaultAsync(ct)
            ?? await db.Programmes.OrderBy(p => p.Id).Select(p => p.Code).FirstOrDefaultAsync(ct);
        return code is null ? null : await FindProgrammeAsync(code, ct);
    }

    /// <summary>
    /// The public form. The same <paramref name="submissionKey"/> again (double click, refresh,
    /// back and submit) returns the first application instead of storing a second.
    /// </summary>
    public async Task<SubmissionResult> SubmitApplicationAsync(Programme programme, CandidateDetails details, ConsentChoices consents, Guid submissionKey, string language, CancellationToken ct = default)
    {
        var existing = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.SubmissionKey == submissionKey, ct);
        if (existing is not null)
        {
            return Replay(programme, existing);
        }

        try
        {
            return await StoreAsync(programme, details, consents, ApplicationSource.PublicForm, language, a => a.UseSubmissionKey(submissionKey), null, ct);
        }
        catch (DbUpdateException)
        {
            // Two posts of the same form at the same moment: the unique key let one through.
            db.ChangeTracker.Clear();
            var first = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.SubmissionKey == submissionKey, ct);
            if (first is null)
            {
                throw;
            }

            return Replay(programme, first);
        }
    }

    /// <summary>
    /// A referral; the same organisation + external reference, or the same form's one-time
    /// <see cref="ReferralInput.SubmissionKey"/> (double click), again returns the first.
    /// </summary>
    public Task<SubmissionResult> SubmitReferralAsync(Programme programme, ReferralInput referral, CancellationToken ct = default) =>
        SubmitReferralCoreAsync(programme, referral, null, ct);

    /// <summary>
    /// As <see cref="SubmitReferralAsync(Programme, ReferralInput, CancellationToken)"/>; <paramref name="beforeCommit"/>
    /// sees a new referral just before it is stored and may add rows (an audit entry) that are stored with it, in the same transaction.
    /// It is not called when the referral was already there.
    /// </summary>
    internal async Task<SubmissionResult> SubmitReferralCoreAsync(Programme programme, ReferralInput referral, Action<Application>? beforeCommit, CancellationToken ct)
    {
        var existing = await FindSameReferralAsync(referral, ct);
        if (existing is not null)
        {
            return Replay(programme, existing);
        }

        try
        {
            return await StoreAsync(programme, referral.Details, referral.Consents, referral.Source, referral.Language,
                a => MarkAsReferral(a, referral), referral.ReferrerUserId, ct, beforeCommit);
        }
        catch (DbUpdateException) when (referral.ExternalReference is { Length: > 0 } || referral.SubmissionKey is not null)
        {
            // The same referral sent twice at the same moment (a partner system's retry, a double click): the unique key let one through.
            db.ChangeTracker.Clear();
            var first = await FindSameReferralAsync(referral, ct);
            if (first is null)
            {
                throw;
            }

            return Replay(programme, first);
        }
    }

    /// <summary>The referral stored by the same form post, or with the same organisation + external reference.</summary>
    private async Task<Application?> FindSameReferralAsync(ReferralInput referral, CancellationToken ct)
    {
        if (referral.SubmissionKey is { } key)
        {
            var sameForm = await db.Applications.AsNoTracking()
                .FirstOrDefaultAsync(a => a.SubmissionKey == key && a.OrganisationId == referral.OrganisationId, ct);
            if (sameForm is not null)
            {
                return sameForm;
            }
        }

        if (referral.ExternalReference is not { Length: > 0 } external)
        {
            return null;
        }

        var trimmed = external.Trim();
        return await db.Applications.AsNoTracking()
            .FirstOrDefaultAsync(a => a.OrganisationId == referral.OrganisationId && a.ExternalReference == trimmed, ct);
    }

    private async Task<SubmissionResult> StoreAsync(
        Programme programme,
        CandidateDetails details,
        ConsentChoices consents,
        ApplicationSource source,
        string language,
        Action<Application> complete,
        string? recordedBy,
        CancellationToken ct,
        Action<Application>? beforeCommit = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (application, eligibility) = NewApplication(programme, details, source, language, now);
        complete(application);

        var duplicateOf = await FindLikelyDuplicateAsync(programme.Id, application, ct);
        if (duplicateOf is not null)
        {
            application.FlagPossibleDuplicateOf(duplicateOf.Value);
        }

        // One SaveChanges, so one transaction (or the caller's: a CSV upload stores its rows in batches):
        // the consents name the application by the temporary key EF Core gives it until its INSERT
        // returns the real one, which EF Core then puts into the consents before they are inserted.
        db.Applications.Add(application);
        var temporaryId = db.Entry(application).Property(a => a.Id).CurrentValue;
        db.ConsentRecords.AddRange(ConsentRecordsOf(temporaryId, consents, now, recordedBy));
        beforeCommit?.Invoke(application);
        await db.SaveChangesAsync(ct);
        return new SubmissionResult(application.Reference, true, eligibility, application.Status);
    }

    /// <summary>A new application with its eligibility assessed today; the caller completes and stores it.</summary>
    internal (Application Application, EligibilityAssessment Eligibility) NewApplication(Programme programme, CandidateDetails details, ApplicationSource source, string language, DateTime nowUtc)
    {
        var eligibility = EligibilityRule.Assess(programme, new CandidateFacts(details.Postcode, details.Country, details.BirthDate, details.Benefit, details.WwEndDate), Today());
        return (new Application(programme.Id, ReferenceNumbers.New(), source, details, eligibility, language, nowUtc), eligibility);
    }

    /// <summary>Marks a new application as this referral: organisation, external reference, the form's key and the BSN (encrypted, with its hash).</summary>
    internal void MarkAsReferral(Application application, ReferralInput referral)
    {
        application.MarkAsReferral(referral.OrganisationId, referral.ReferrerUserId, referral.ExternalReference, referral.Reason);
        if (referral.SubmissionKey is { } key)
        {
            application.UseSubmissionKey(key);
        }

        if (referral.Bsn is { Length: 9 } bsn)
        {
            var protector = bsnProtector ?? throw new InvalidOperationException("No BSN protector is registered.");
            application.AttachBsn(protector.Protect(bsn), protector.Hash(bsn));
        }
    }

    /// <summary>The consents recorded with every new application: the privacy statement and the three sharing choices.</summary>
    internal static IEnumerable<ConsentRecord> ConsentRecordsOf(int applicationId, ConsentChoices consents, DateTime nowUtc, string? recordedBy)
    {
        var method = consents.Method;
        yield return new ConsentRecord(applicationId, ConsentPurpose.PrivacyStatement, true, method, nowUtc, recordedBy);
        yield return new ConsentRecord(applicationId, ConsentPurpose.ShareWithReferrer, consents.ShareWithReferrer, method, nowUtc, recordedBy);
        yield return new ConsentRecord(applicationId, ConsentPurpose.ShareWithEmployers, consents.ShareWithEmployers, method, nowUtc, recordedBy);
        yield return new ConsentRecord(applicationId, ConsentPurpose.ShareWithTrainingProviders, consents.ShareWithTrainingProviders, method, nowUtc, recordedBy);
    }

    /// <summary>
    /// The same BSN, or the same birth date and the same name or e-mail: likely the same person (flagged, never merged).
    /// <see cref="LikelyDuplicates"/> applies the same rule in memory to a whole CSV upload.
    /// </summary>
    private async Task<int?> FindLikelyDuplicateAsync(int programmeId, Application application, CancellationToken ct)
    {
        if (application.BsnHash is { } hash)
        {
            var sameBsn = await db.Applications.Where(a => a.ProgrammeId == programmeId && a.BsnHash == hash)
                .OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            if (sameBsn is not null)
            {
                return sameBsn;
            }
        }

        var given = application.GivenName.ToLower();
        var family = application.FamilyName.ToLower();
        var email = application.Email;
        return await db.Applications
            .Where(a => a.ProgrammeId == programmeId && a.BirthDate == application.BirthDate)
            .Where(a => (a.GivenName.ToLower() == given && a.FamilyName.ToLower() == family) || (email != null && a.Email == email))
            .OrderBy(a => a.Id)
            .Select(a => (int?)a.Id)
            .FirstOrDefaultAsync(ct);
    }

    private SubmissionResult Replay(Programme programme, Application existing)
    {
        var eligibility = new EligibilityAssessment(existing.UnmetConditionCodes.Select(c => new UnmetCondition(c)).ToList(),
            programme.Areas.FirstOrDefault(a => a.Name == existing.AreaName));
        return new SubmissionResult(existing.Reference, false, eligibility, existing.Status);
    }

    private DateOnly Today() => clock.Today();
}

/// <summary>A referral from a referrer's form, a CSV row or the API.</summary>
public sealed record ReferralInput(
    int OrganisationId,
    string? ReferrerUserId,
    ApplicationSource Source,
    string? ExternalReference,
    string Reason,
    CandidateDetails Details,
    ConsentChoices Consents,
    string Language,
    Guid? SubmissionKey = null,
    string? Bsn = null)
{
    /// <summary>Never the BSN in a log line or exception text: records print their members.</summary>
    public override string ToString() => $"ReferralInput {{ OrganisationId = {OrganisationId}, Source = {Source} }}";
}
