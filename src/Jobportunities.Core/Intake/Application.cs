using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;

namespace Jobportunities.Core.Intake;

/// <summary>
/// An application (aanmelding) or referral in the intake queue: the candidate's details, the
/// eligibility assessed at submission, and the coach's decision. Ineligible ones are kept with
/// their reasons, so a coach can still accept them with a written reason.
/// </summary>
public sealed class Application : PersonEntity, IVersioned
{
    private Application()
    {
    }

    public Application(
        int programmeId,
        string reference,
        ApplicationSource source,
        CandidateDetails details,
        EligibilityAssessment eligibility,
        string language,
        DateTime submittedUtc)
    {
        ProgrammeId = programmeId;
        Reference = reference;
        Source = source;
        Language = language;
        SubmittedUtc = submittedUtc;
        Status = ApplicationStatus.New;
        SetDetails(details);
        IsEligible = eligibility.IsEligible;
        UnmetConditions = string.Join(',', eligibility.Unmet.Select(u => u.Code));
        AreaName = eligibility.Area?.Name;
    }

    public int Id { get; private set; }

    /// <summary>The candidate's reference number, e.g. "JP-7K3M9QXT": random, not guessable.</summary>
    public string Reference { get; private set; } = "";

    public int ProgrammeId { get; private set; }

    public Programme? Programme { get; private set; }

    public ApplicationSource Source { get; private set; }

    public ApplicationStatus Status { get; private set; }

    /// <summary>nl, de or en: the language the form was filled in.</summary>
    public string Language { get; private set; } = "nl";

    public DateTime SubmittedUtc { get; private set; }

    /// <summary>The form's one-time key: a second post of the same form finds this application.</summary>
    public Guid? SubmissionKey { get; private set; }

    /// <summary>The BSN encrypted with Data Protection (IBsnProtector); null when none was given.</summary>
    public string? BsnProtected { get; private set; }

    /// <summary>Keyed hash (HMAC-SHA256) of the BSN, to find the same BSN again without decrypting.</summary>
    public string? BsnHash { get; private set; }

    public void AttachBsn(string protectedBsn, string hash)
    {
        BsnProtected = protectedBsn;
        BsnHash = hash;
    }

    public BenefitSituation Benefit { get; private set; }

    /// <summary>The end of the WW benefit, when the candidate receives WW and gave it (the programme's WW condition).</summary>
    public DateOnly? WwEndDate { get; private set; }

    public EducationLevel? Education { get; private set; }

    public bool? HasStartQualification { get; private set; }

    public string Languages { get; private set; } = "";

    public string? OtherLanguages { get; private set; }

    public string? WorkExperience { get; private set; }

    public string SectorWishes { get; private set; } = "";

    public int? HoursPerWeekWish { get; private set; }

    public HeardVia? HeardVia { get; private set; }

    public bool IsEligible { get; private set; }

    /// <summary>Codes of the unmet conditions (region, age, benefit), comma-separated.</summary>
    public string UnmetConditions { get; private set; } = "";

    /// <summary>The area of the programme's region the postcode lies in.</summary>
    public string? AreaName { get; private set; }

    public int? PossibleDuplicateOfId { get; private set; }

    public int? OrganisationId { get; private set; }

    public string? ReferrerUserId { get; private set; }

    public string? ExternalReference { get; private set; }

    public string? ReferralReason { get; private set; }

    public DateTime? DecidedUtc { get; private set; }

    public string? DecidedByUserId { get; private set; }

    public string? DecisionReason { get; private set; }

    /// <summary>The day the application's personal data was anonymised; null while it holds them.</summary>
    public DateOnly? AnonymisedOn { get; private set; }

    public Guid Version { get; private set; }

    /// <summary>The ESF+ answers as given on the form; a referral leaves them "not asked". Copied to the participant at acceptance.</summary>
    public IndicatorAnswers Indicators { get; private set; } = IndicatorAnswers.NotAsked;

    public bool IsAnonymised => AnonymisedOn is not null;

    public IReadOnlyList<string> UnmetConditionCodes => UnmetConditions.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<Sector> SectorWishList => EnumList.Split<Sector>(SectorWishes);

    public IReadOnlyList<string> LanguageList => Languages.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public void UseSubmissionKey(Guid key) => SubmissionKey = key;

    public void MarkAsReferral(int organisationId, string? referrerUserId, string? externalReference, string reason)
    {
        OrganisationId = organisationId;
        ReferrerUserId = referrerUserId;
        ExternalReference = string.IsNullOrWhiteSpace(externalReference) ? null : externalReference.Trim();
        ReferralReason = reason.Trim();
    }

    public void FlagPossibleDuplicateOf(int applicationId) => PossibleDuplicateOfId = applicationId;

    /// <summary>The coach found it is not the same person.</summary>
    public void DismissDuplicateFlag() => PossibleDuplicateOfId = null;

    public void Accept(string userId, string? overrideReason, DateTime nowUtc)
    {
        EnsureNew();
        if (!IsEligible && string.IsNullOrWhiteSpace(overrideReason))
        {
            throw new InvalidOperationException("An ineligible application is accepted only with a written reason.");
        }

        Status = ApplicationStatus.Accepted;
        Decide(userId, overrideReason, nowUtc);
    }

    public void Decline(string userId, string reason, DateTime nowUtc)
    {
        EnsureNew();
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Status = ApplicationStatus.Declined;
        Decide(userId, reason, nowUtc);
    }

    public void NewVersion() => Version = Guid.NewGuid();

    private void Decide(string userId, string? reason, DateTime nowUtc)
    {
        DecidedUtc = nowUtc;
        DecidedByUserId = userId;
        DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        PossibleDuplicateOfId = null;
        NewVersion();
    }

    private void EnsureNew()
    {
        if (Status != ApplicationStatus.New)
        {
            throw new InvalidOperationException("This application has already been decided.");
        }
    }

    private void SetDetails(CandidateDetails d)
    {
        SetPerson(d);
        Benefit = d.Benefit;
        WwEndDate = d.Benefit == BenefitSituation.Ww ? d.WwEndDate : null;
        Education = d.Education;
        HasStartQualification = d.HasStartQualification;
        Languages = string.Join(',', d.Languages.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct());
        OtherLanguages = Clean(d.OtherLanguages);
        WorkExperience = Clean(d.WorkExperience);
        SectorWishes = EnumList.Join(d.SectorWishes);
        HoursPerWeekWish = d.HoursPerWeekWish;
        HeardVia = d.HeardVia;
        Indicators = d.Indicators ?? IndicatorAnswers.NotAsked;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
