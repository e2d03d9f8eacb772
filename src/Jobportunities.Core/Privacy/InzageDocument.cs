using Jobportunities.Core.Common;
using Jobportunities.Core.FollowUps;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Matching;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Programmes;
using Jobportunities.Core.Trajectories;

namespace Jobportunities.Core.Privacy;

/// <summary>
/// Everything the app holds about one person (AVG/GDPR article 15), as one tree: the JSON file
/// is this record serialised, the HTML document renders the same tree, so the two never differ.
/// Staff appear by display name and role only; other people's data is not in it.
/// </summary>
public sealed record InzageDocument(
    string Reference,
    string Programme,
    string Language,
    DateTime GeneratedUtc,
    DateOnly? AnonymisedOn,
    InzageProfile Profile,
    InzageApplication Application,
    InzageIndicators Indicators,
    IReadOnlyList<InzagePhase> Phases,
    IReadOnlyList<InzageLadderStep> Ladder,
    IReadOnlyList<InzageGoal> PlanGoals,
    // The plan instruments; the name stays: it is the JSON field of the person's copy and its label key.
    IReadOnlyList<InzagePlanInstrument> PlanWagons,
    IReadOnlyList<InzagePlacement> Placements,
    IReadOnlyList<InzageDurableCheck> DurableChecks,
    IReadOnlyList<InzageFollowUp> FollowUps,
    IReadOnlyList<InzageProposal> Proposals,
    IReadOnlyList<InzageContact> Journal,
    IReadOnlyList<InzageBarrier> Barriers,
    IReadOnlyList<InzageFunctionalLimitation> FunctionalLimitations,
    IReadOnlyList<InzageExperience> WorkExperience,
    IReadOnlyList<InzageSkill> Skills,
    IReadOnlyList<InzageLanguage> Languages,
    IReadOnlyList<InzageConsent> Consents,
    IReadOnlyList<InzageDocumentFile> Documents,
    IReadOnlyList<InzageAccess> AuditTrail);

public sealed record InzageProfile(
    string GivenName, string FamilyName, DateOnly BirthDate, Gender Gender, string? Email, string? Phone, string? Street, string? HouseNumber,
    string Postcode, string? City, string Country, BenefitSituation Benefit, EducationLevel? Education, bool? HasStartQualification,
    string PreferredSectors, int? AvailableHoursPerWeek, bool HasDrivingLicence, bool HasOwnTransport, int? MaxTravelMinutes, string? WorkPreferences,
    Phase Phase, ExitReason? ExitReason, DateOnly? ExitDate, string Coach, DateTime StartedUtc);

public sealed record InzageApplication(
    string Reference, ApplicationSource Source, DateTime SubmittedUtc, ApplicationStatus Status, bool IsEligible, string? AreaName,
    string? ReferredBy, string? ExternalReference, string? ReferralReason, string? WorkExperience, string Languages, string? OtherLanguages,
    string SectorWishes, int? HoursPerWeekWish, HeardVia? HeardVia, DateTime? DecidedUtc, string? DecisionReason);

/// <summary>The ESF+ questions as the person (or the coach with them) answered them; only the own coach sees them elsewhere (docs/privacy.md).</summary>
public sealed record InzageIndicators(
    LabourMarketAnswer LabourMarket, DateOnly? WithoutWorkSince, bool NeverWorked, bool LongTermUnemployedAtEntry, VoluntaryAnswer Disability,
    VoluntaryAnswer ThirdCountryNational, VoluntaryAnswer ForeignBackground, VoluntaryAnswer Minority, VoluntaryAnswer HousingExclusion);

public sealed record InzageFollowUp(DateOnly ExitDate, DateOnly DueDate, FollowUpSituation? Situation, FollowUpImprovement? Improvement, FollowUpSource? Source, DateOnly? RecordedOn, string? Note);

public sealed record InzagePhase(DateTime AtUtc, Phase From, Phase To, string? Reason, string By);

public sealed record InzageLadderStep(DateOnly Date, int Step, string? Note, string By);

public sealed record InzageGoal(string What, DateOnly ByWhen, string HowMeasured, DateOnly? AchievedOn);

public sealed record InzagePlanInstrument(string Instrument, InstrumentStatus Status, string? Provider, DateOnly? PlannedStart, DateOnly? PlannedEnd, DateOnly? ActualStart, DateOnly? ActualEnd, string? StopReason);

public sealed record InzagePlacement(string Employer, PlacementKind Kind, ContractType ContractType, decimal HoursPerWeek, string Country, DateOnly StartDate, DateOnly? EndDate, PlacementEndReason? EndReason);

public sealed record InzageDurableCheck(DateOnly DueDate, DurableState State, DurableOutcome? Outcome, DateOnly? VerifiedOn, string? Note);

public sealed record InzageProposal(string Vacancy, DateTime ProposedUtc, ProposalStatus Status, string? Note);

public sealed record InzageContact(DateOnly Date, ContactKind Kind, string Summary, string? NextAction, DateOnly? NextActionDate, string By);

public sealed record InzageBarrier(DateOnly Date, AssessmentMoment Moment, BarrierKind Kind, int Severity);

public sealed record InzageFunctionalLimitation(DateOnly Date, string Text);

public sealed record InzageExperience(Sector Sector, int Years, string? Description);

public sealed record InzageSkill(string Name, int Level);

public sealed record InzageLanguage(string Language, string Level);

public sealed record InzageConsent(DateTime RecordedUtc, ConsentPurpose Purpose, bool Given, ConsentMethod Method, string? RecordedBy, string? Note);

/// <summary>A document kept with the file, by its metadata; the coach hands out the files themselves from the file's documents page (docs/privacy.md).</summary>
public sealed record InzageDocumentFile(Documents.DocumentKind Kind, string FileName, string ContentType, long SizeBytes, DateTime UploadedUtc, string UploadedBy);

/// <summary>One line of the audit trail about this file: who (name and role), when, what, and whether it was allowed.</summary>
public sealed record InzageAccess(DateTime AtUtc, string Actor, string Role, string Action, string What, string Result);
