using Jobportunities.Core.Data;
using Jobportunities.Core.Matching;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Jobportunities.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Privacy;

/// <summary>
/// Anonymises one participant file or one application, in place (docs/adr, docs/privacy.md):
/// names, contact details, street and house number, free texts, health and barrier details and
/// the work profile go; the postcode keeps its area (PC4 or PLZ), the birth date only what the
/// age bands need (<see cref="RetentionRule.GeneralisedBirthDate"/>); ids, phases, dates,
/// placements, durable checks, plan instruments and costs, gender, education and benefit stay, so
/// the dashboards and the ESF+ export count exactly as before. Conditional updates
/// ("where not yet anonymised"): safe when two app instances run the job at once, and a second
/// run changes nothing.
/// </summary>
public sealed class AnonymisationService(AppDbContext db, Documents.IDocumentStore documents)
{
    /// <summary>Anonymises the file; false when it was already anonymised (or does not exist).</summary>
    public async Task<bool> AnonymiseParticipantAsync(int participantId, DateOnly today, string? erasureReason = null, CancellationToken ct = default)
    {
        var p = await db.Participants.AsNoTracking().Where(x => x.Id == participantId && x.AnonymisedOn == null)
            .Select(x => new { x.Id, x.ApplicationId, x.BirthDate, x.CreatedUtc, x.Postcode, x.Country })
            .FirstOrDefaultAsync(ct);
        if (p is null)
        {
            return false;
        }

        var ageDates = await db.Placements.Where(pl => pl.ParticipantId == participantId).Select(pl => pl.StartDate).ToListAsync(ct);
        var birth = RetentionRule.GeneralisedBirthDate(p.BirthDate, ageDates.Append(DateOnly.FromDateTime(p.CreatedUtc)));
        var postcode = PostcodeArea(p.Postcode, p.Country);

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await LinkParticipationsAsync(participantId, ct);
        var claimed = await db.Participants.Where(x => x.Id == participantId && x.AnonymisedOn == null).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.AnonymisedOn, today)
            .SetProperty(x => x.ErasureReason, erasureReason)
            .SetProperty(x => x.GivenName, "")
            .SetProperty(x => x.FamilyName, "")
            .SetProperty(x => x.BirthDate, birth)
            .SetProperty(x => x.Email, (string?)null)
            .SetProperty(x => x.Phone, (string?)null)
            .SetProperty(x => x.Street, (string?)null)
            .SetProperty(x => x.HouseNumber, (string?)null)
            .SetProperty(x => x.Postcode, postcode)
            .SetProperty(x => x.City, (string?)null)
            .SetProperty(x => x.WorkPreferences, (string?)null)
            .SetProperty(x => x.NextAction, (string?)null)
            .SetProperty(x => x.Version, Guid.NewGuid()), ct);
        if (claimed == 0)
        {
            // Another instance got there first; its transaction does the rest.
            return false;
        }

        await ScrubFileRecordsAsync(participantId, ct);
        await ScrubApplicationAsync(p.ApplicationId, today, birth, ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return true;
    }

    /// <summary>Anonymises an application that never became a participant; false when already done.</summary>
    public async Task<bool> AnonymiseApplicationAsync(int applicationId, DateOnly today, CancellationToken ct = default)
    {
        var a = await db.Applications.AsNoTracking().Where(x => x.Id == applicationId && x.AnonymisedOn == null)
            .Select(x => new { x.BirthDate }).FirstOrDefaultAsync(ct);
        if (a is null)
        {
            return false;
        }

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var changed = await ScrubApplicationAsync(applicationId, today, new DateOnly(a.BirthDate.Year, 1, 1), ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return changed;
    }

    /// <summary>The part of a postcode the region and the area breakdown use: PC4 in NL, the PLZ in DE.</summary>
    public static string PostcodeArea(string? postcode, string country) =>
        Postcode.TryParse(postcode, country, out var parsed) ? parsed!.Area : "";

    /// <summary>Gives this participation and the same person's others one random key (<see cref="ReEntryRule"/>).</summary>
    private async Task LinkParticipationsAsync(int participantId, CancellationToken ct)
    {
        var own = db.Participants.Where(x => x.Id == participantId);
        var key = await own.Select(x => x.ReEntryKey).FirstAsync(ct) ?? Guid.NewGuid().ToString("N");
        var nameKey = await ReEntryRule.NameKeys(own).FirstAsync(ct);
        var birth = await own.Select(x => x.BirthDate).FirstAsync(ct);
        await ReEntryRule.SamePersonWithoutKey(db.Participants, nameKey, birth).ExecuteUpdateAsync(s => s.SetProperty(x => x.ReEntryKey, key), ct);
    }

    private async Task ScrubFileRecordsAsync(int id, CancellationToken ct)
    {
        await db.ContactMoments.Where(x => x.ParticipantId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Summary, "").SetProperty(x => x.NextAction, (string?)null), ct);
        await db.PhaseChanges.Where(x => x.ParticipantId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Reason, (string?)null), ct);
        await db.LadderRecords.Where(x => x.ParticipantId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Note, (string?)null), ct);
        var assessments = db.BarrierAssessments.Where(x => x.ParticipantId == id);
        await db.Set<BarrierRating>().Where(r => assessments.Any(b => b.Id == r.BarrierAssessmentId)).ExecuteDeleteAsync(ct);
        await assessments.ExecuteUpdateAsync(s => s.SetProperty(x => x.FunctionalLimitations, (string?)null), ct);
        await db.ScanExperiences.Where(x => x.ParticipantId == id).ExecuteDeleteAsync(ct);
        await db.ScanSkills.Where(x => x.ParticipantId == id).ExecuteDeleteAsync(ct);
        await db.ScanLanguages.Where(x => x.ParticipantId == id).ExecuteDeleteAsync(ct);
        await db.PlanGoals.Where(x => x.ParticipantId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.What, "").SetProperty(x => x.HowMeasured, ""), ct);
        await db.PlanInstruments.Where(x => x.ParticipantId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.StopReason, (string?)null).SetProperty(x => x.WithdrawReason, (string?)null), ct);
        await db.PlanHistory.Where(x => x.ParticipantId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Note, (string?)null), ct);
        await db.EmployerAgreements.Where(x => x.ParticipantId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.DevelopmentAgreement, ""), ct);
        await db.Enrolments.Where(x => x.ParticipantId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.DropOutReason, (string?)null), ct);
        await db.DurableChecks.Where(x => x.ParticipantId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Note, (string?)null), ct);
        await db.FollowUps.Where(x => x.ParticipantId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Note, (string?)null), ct);
        await db.VacancyProposals.Where(x => x.ParticipantId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Note, (string?)null), ct);
        await db.Set<EventConversation>().Where(x => x.ParticipantId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Outcome, ""), ct);
        await RemoveDocumentsAsync(id, ct);
    }

    /// <summary>Documents go entirely, bytes and metadata; the evidence links are cleared first (the outcome itself stays).</summary>
    private async Task RemoveDocumentsAsync(int id, CancellationToken ct)
    {
        var keys = await db.Documents.Where(x => x.ParticipantId == id).Select(x => x.ContentKey).ToListAsync(ct);
        if (keys.Count == 0)
        {
            return;
        }

        await db.DurableChecks.Where(x => x.ParticipantId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EvidenceDocumentId, (int?)null), ct);
        await db.WorkBasedLearningCertificates.Where(x => x.ParticipantId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EvidenceDocumentId, (int?)null), ct);
        await documents.DeleteAsync(keys, ct);
        await db.Documents.Where(x => x.ParticipantId == id).ExecuteDeleteAsync(ct);
    }

    private async Task<bool> ScrubApplicationAsync(int applicationId, DateOnly today, DateOnly birth, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().Where(x => x.Id == applicationId).Select(x => new { x.Postcode, x.Country }).FirstOrDefaultAsync(ct);
        if (application is null)
        {
            return false;
        }

        var postcode = PostcodeArea(application.Postcode, application.Country);
        var changed = await db.Applications.Where(x => x.Id == applicationId && x.AnonymisedOn == null).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.AnonymisedOn, today)
            .SetProperty(x => x.GivenName, "")
            .SetProperty(x => x.FamilyName, "")
            .SetProperty(x => x.BirthDate, birth)
            .SetProperty(x => x.Email, (string?)null)
            .SetProperty(x => x.Phone, (string?)null)
            .SetProperty(x => x.Street, (string?)null)
            .SetProperty(x => x.HouseNumber, (string?)null)
            .SetProperty(x => x.Postcode, postcode)
            .SetProperty(x => x.City, (string?)null)
            .SetProperty(x => x.OtherLanguages, (string?)null)
            .SetProperty(x => x.WorkExperience, (string?)null)
            .SetProperty(x => x.ExternalReference, (string?)null)
            .SetProperty(x => x.ReferralReason, (string?)null)
            .SetProperty(x => x.DecisionReason, (string?)null)
            .SetProperty(x => x.BsnProtected, (string?)null)
            .SetProperty(x => x.BsnHash, (string?)null)
            .SetProperty(x => x.Version, Guid.NewGuid()), ct);
        await db.ConsentRecords.Where(c => c.ApplicationId == applicationId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Note, (string?)null), ct);
        return changed > 0;
    }
}
