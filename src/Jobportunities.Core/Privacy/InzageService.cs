using Jobportunities.Core.Audit;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Privacy;

/// <summary>
/// Inzage (subject access): the own coach, or an administrator, exports everything the app
/// holds about a participant. Administrators see no case files otherwise; this export is their
/// one exception, and like every export it is in the audit log. Everyone else: not found.
/// </summary>
public sealed class InzageService(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string ObjectType = "Participant.Inzage";

    /// <summary>The file's reference and language when the user may export it (page with the buttons); audited as a read.</summary>
    public async Task<(string Reference, string Language)?> FindAsync(StaffUser user, int id, CancellationToken ct = default)
    {
        var found = await ReachableAsync(user, id, ct);
        await audit.WriteAsync(user.Id, AuditAction.Read, ObjectType, id, found is null ? AuditResult.NotFound : AuditResult.Success, ct: ct);
        return found is null ? null : (found.Reference, found.Application?.Language ?? "nl");
    }

    /// <summary>Builds the document; the export is audited (format only) before it is handed out.</summary>
    public async Task<InzageDocument?> ExportAsync(StaffUser user, int id, string format, CancellationToken ct = default)
    {
        var p = await ReachableAsync(user, id, ct);
        if (p is null)
        {
            await audit.WriteAsync(user.Id, AuditAction.Export, ObjectType, id, AuditResult.NotFound, format, ct);
            return null;
        }

        var document = await BuildAsync(p, ct);
        await audit.WriteAsync(user.Id, AuditAction.Export, ObjectType, id, detail: format, ct: ct);
        return document;
    }

    private async Task<Participant?> ReachableAsync(StaffUser user, int id, CancellationToken ct)
    {
        var p = await db.Participants.AsNoTracking().Include(x => x.Application).FirstOrDefaultAsync(x => x.Id == id, ct);
        var allowed = p is not null && (user.IsInRole(Roles.Administrator) || (user.IsInRole(Roles.Coach) && p.CoachId == user.Id));
        return allowed ? p : null;
    }

    private async Task<InzageDocument> BuildAsync(Participant p, CancellationToken ct)
    {
        var a = p.Application!;
        var id = p.Id;
        var programme = await db.Programmes.Where(x => x.Id == p.ProgrammeId).Select(x => x.Name).FirstAsync(ct);
        var referredBy = a.OrganisationId is null ? null : await db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        var phases = await db.PhaseChanges.Where(x => x.ParticipantId == id).OrderBy(x => x.AtUtc).ToListAsync(ct);
        var ladder = await db.LadderRecords.Where(x => x.ParticipantId == id).OrderBy(x => x.Date).ThenBy(x => x.Id).ToListAsync(ct);
        var contacts = await db.ContactMoments.Where(x => x.ParticipantId == id).OrderBy(x => x.Date).ThenBy(x => x.Id).ToListAsync(ct);
        var barriers = await db.BarrierAssessments.Include(b => b.Ratings).Where(x => x.ParticipantId == id).OrderBy(x => x.Date).ThenBy(x => x.Id).ToListAsync(ct);
        var consents = await db.ConsentRecords.Where(c => c.ApplicationId == p.ApplicationId).OrderBy(c => c.RecordedUtc).ThenBy(c => c.Id).ToListAsync(ct);
        var documents = await db.Documents.AsNoTracking().Where(x => x.ParticipantId == id).OrderBy(x => x.UploadedUtc).ThenBy(x => x.Id).ToListAsync(ct);
        var accesses = await db.AuditEntries.AsNoTracking()
            .Where(e => (e.ObjectType == "Participant" || e.ObjectType.StartsWith("Participant.")) && e.ObjectId == id.ToString())
            .OrderBy(e => e.Id).ToListAsync(ct);

        var userIds = phases.Select(x => x.ByUserId).Concat(ladder.Select(x => x.ByUserId)).Concat(contacts.Select(x => x.ByUserId))
            .Concat(consents.Select(c => c.RecordedByUserId ?? "")).Concat(documents.Select(d => d.UploadedByUserId)).Concat(accesses.Select(e => e.ActorUserId)).Append(p.CoachId).Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where userIds.Contains(ur.UserId) select new { ur.UserId, r.Name }).ToListAsync(ct))
            .GroupBy(x => x.UserId).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(x => x.Name).Order()));
        string Name(string? userId) => userId is null ? "" : names.GetValueOrDefault(userId, "");

        return new InzageDocument(
            p.Reference, programme, a.Language, clock.GetUtcNow().UtcDateTime, p.AnonymisedOn,
            new InzageProfile(p.GivenName, p.FamilyName, p.BirthDate, p.Gender, p.Email, p.Phone, p.Street, p.HouseNumber, p.Postcode, p.City, p.Country,
                p.Benefit, p.Education, p.HasStartQualification, p.PreferredSectors, p.AvailableHoursPerWeek, p.HasDrivingLicence, p.HasOwnTransport,
                p.MaxTravelMinutes, p.WorkPreferences, p.Phase, p.ExitReason, p.ExitDate, Name(p.CoachId), p.CreatedUtc),
            new InzageApplication(a.Reference, a.Source, a.SubmittedUtc, a.Status, a.IsEligible, a.AreaName, referredBy, a.ExternalReference, a.ReferralReason,
                a.WorkExperience, a.Languages, a.OtherLanguages, a.SectorWishes, a.HoursPerWeekWish, a.HeardVia, a.DecidedUtc, a.DecisionReason),
            new InzageIndicators(p.Indicators.LabourMarket, p.Indicators.WithoutWorkSince, p.Indicators.NeverWorked, p.LongTermUnemployedAtEntry, p.Indicators.Disability,
                p.Indicators.ThirdCountryNational, p.Indicators.ForeignBackground, p.Indicators.Minority, p.Indicators.HousingExclusion),
            phases.Select(x => new InzagePhase(x.AtUtc, x.From, x.To, x.Reason, Name(x.ByUserId))).ToList(),
            ladder.Select(x => new InzageLadderStep(x.Date, x.Step, x.Note, Name(x.ByUserId))).ToList(),
            await db.PlanGoals.Where(x => x.ParticipantId == id).OrderBy(x => x.ByWhen).Select(x => new InzageGoal(x.What, x.ByWhen, x.HowMeasured, x.AchievedOn)).ToListAsync(ct),
            await db.PlanInstruments.Where(x => x.ParticipantId == id).OrderBy(x => x.Position)
                .Select(x => new InzagePlanInstrument(a.Language == "de" ? x.Instrument!.NameDe : a.Language == "en" ? x.Instrument!.NameEn : x.Instrument!.NameNl,
                    x.Status, x.Provider, x.PlannedStart, x.PlannedEnd, x.ActualStart, x.ActualEnd, x.StopReason)).ToListAsync(ct),
            await db.Placements.Where(x => x.ParticipantId == id).OrderBy(x => x.StartDate)
                .Select(x => new InzagePlacement(db.Employers.Where(e => e.Id == x.EmployerId).Select(e => e.Name).First(), x.Kind, x.ContractType, x.HoursPerWeek, x.Country, x.StartDate, x.EndDate, x.EndReason))
                .ToListAsync(ct),
            await db.DurableChecks.Where(x => x.ParticipantId == id).OrderBy(x => x.DueDate).Select(x => new InzageDurableCheck(x.DueDate, x.State, x.Outcome, x.VerifiedOn, x.Note)).ToListAsync(ct),
            await db.FollowUps.Where(x => x.ParticipantId == id).OrderBy(x => x.DueDate).ThenBy(x => x.Id)
                .Select(x => new InzageFollowUp(x.ExitDate, x.DueDate, x.Situation, x.Improvement, x.Source, x.RecordedOn, x.Note)).ToListAsync(ct),
            await db.VacancyProposals.Where(x => x.ParticipantId == id).OrderBy(x => x.ProposedUtc)
                .Select(x => new InzageProposal(db.Vacancies.Where(v => v.Id == x.VacancyId).Select(v => v.Title).First(), x.ProposedUtc, x.Status, x.Note)).ToListAsync(ct),
            contacts.Select(x => new InzageContact(x.Date, x.Kind, x.Summary, x.NextAction, x.NextActionDate, Name(x.ByUserId))).ToList(),
            barriers.SelectMany(b => b.Ratings.OrderBy(r => r.Kind).Select(r => new InzageBarrier(b.Date, b.Moment, r.Kind, r.Severity))).ToList(),
            barriers.Where(b => b.FunctionalLimitations is not null).Select(b => new InzageFunctionalLimitation(b.Date, b.FunctionalLimitations!)).ToList(),
            await db.ScanExperiences.Where(x => x.ParticipantId == id).OrderBy(x => x.Id).Select(x => new InzageExperience(x.Sector, x.Years, x.Description)).ToListAsync(ct),
            await db.ScanSkills.Where(x => x.ParticipantId == id).OrderBy(x => x.Name).Select(x => new InzageSkill(x.Name, x.Level)).ToListAsync(ct),
            await db.ScanLanguages.Where(x => x.ParticipantId == id).OrderBy(x => x.Language).Select(x => new InzageLanguage(x.Language, x.Level)).ToListAsync(ct),
            consents.Select(c => new InzageConsent(c.RecordedUtc, c.Purpose, c.Given, c.Method, c.RecordedByUserId is null ? null : Name(c.RecordedByUserId), c.Note)).ToList(),
            documents.Select(d => new InzageDocumentFile(d.Kind, d.FileName, d.ContentType, d.SizeBytes, d.UploadedUtc, Name(d.UploadedByUserId))).ToList(),
            accesses.Select(e => new InzageAccess(e.AtUtc, Name(e.ActorUserId), roles.GetValueOrDefault(e.ActorUserId, ""), e.Action.ToString(),
                e.Detail is null ? e.ObjectType : $"{e.ObjectType}: {e.Detail}", e.Result.ToString())).ToList());
    }
}
