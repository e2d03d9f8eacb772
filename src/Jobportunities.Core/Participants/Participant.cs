using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Programmes;

namespace Jobportunities.Core.Participants;

/// <summary>
/// An accepted candidate with a coach: the participant file. The profile is copied from the
/// application at acceptance and edited here; the application stays as it was submitted.
/// Caseload columns (last contact, next action, ladder step) are kept on the row, so the
/// caseload is one indexed query.
/// </summary>
public sealed class Participant : PersonEntity, IVersioned
{
    private Participant()
    {
    }

    public Participant(int programmeId, Application application, string coachId, DateTime createdUtc)
    {
        ProgrammeId = programmeId;
        ApplicationId = application.Id;
        Reference = application.Reference;
        CoachId = coachId;
        CreatedUtc = createdUtc;
        Phase = Phase.Intake;
        PhaseSinceUtc = createdUtc;
        UpdateProfile(new ParticipantProfile(application.Person, application.Benefit, application.Education, application.HasStartQualification));
        PreferredSectors = application.SectorWishes;
        AvailableHoursPerWeek = application.HoursPerWeekWish;
        RecordIndicators(application.Indicators);
    }

    public int Id { get; private set; }

    public string Reference { get; private set; } = "";

    public int ProgrammeId { get; private set; }

    public Programme? Programme { get; private set; }

    public int ApplicationId { get; private set; }

    public Application? Application { get; private set; }

    public string CoachId { get; private set; } = "";

    public AppUser? Coach { get; private set; }

    public Phase Phase { get; private set; }

    public DateTime PhaseSinceUtc { get; private set; }

    public ExitReason? ExitReason { get; private set; }

    public DateOnly? ExitDate { get; private set; }

    /// <summary>The day whose status is the status upon leaving (<see cref="Reporting.LeavingStatusRule.StatusDay"/>), set with the exit so no query adds days.</summary>
    public DateOnly? ExitStatusDay { get; private set; }

    /// <summary>The day six calendar months after the exit (<see cref="Reporting.LeavingStatusRule.SixMonthDay"/>), set with the exit so no query adds months.</summary>
    public DateOnly? ExitSixMonthDay { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public BenefitSituation Benefit { get; private set; }

    public EducationLevel? Education { get; private set; }

    public bool? HasStartQualification { get; private set; }

    public string PreferredSectors { get; private set; } = "";

    public int? AvailableHoursPerWeek { get; private set; }

    public bool HasDrivingLicence { get; private set; }

    public bool HasOwnTransport { get; private set; }

    public int? MaxTravelMinutes { get; private set; }

    public string? WorkPreferences { get; private set; }

    public DateOnly? LastContactDate { get; private set; }

    public string? NextAction { get; private set; }

    public DateOnly? NextActionDate { get; private set; }

    public int? LadderStep { get; private set; }

    /// <summary>The day the file was anonymised (retention or erasure); null while it holds personal data.</summary>
    public DateOnly? AnonymisedOn { get; private set; }

    /// <summary>Why the person's data was erased on request; no personal data (the form says so).</summary>
    public string? ErasureReason { get; private set; }

    /// <summary>
    /// Links this participation to the person's other participations once one of them is
    /// anonymised, so the ESF+ re-entry rule still counts the person once (docs/adr).
    /// </summary>
    public string? ReEntryKey { get; private set; }

    public Guid Version { get; private set; }

    /// <summary>The ESF+ answers (labour-market status, voluntary questions); see <see cref="IndicatorAnswers"/>.</summary>
    public IndicatorAnswers Indicators { get; private set; } = IndicatorAnswers.NotAsked;

    /// <summary>Derived from <see cref="Indicators"/> by <see cref="LongTermUnemploymentRule"/> on the day of entry, whenever they or the birth date change.</summary>
    public bool LongTermUnemployedAtEntry { get; private set; }

    public bool IsAnonymised => AnonymisedOn is not null;

    public IReadOnlyList<Sector> PreferredSectorList => EnumList.Split<Sector>(PreferredSectors);

    public void UpdateProfile(ParticipantProfile p)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(p.GivenName);
        ArgumentException.ThrowIfNullOrWhiteSpace(p.FamilyName);
        SetPerson(p);
        Benefit = p.Benefit;
        Education = p.Education;
        HasStartQualification = p.HasStartQualification;
        LongTermUnemployedAtEntry = LongTermUnemploymentRule.IsLongTermUnemployed(Indicators, BirthDate, DateOnly.FromDateTime(CreatedUtc));
        NewVersion();
    }

    public void UpdateWorkPreferences(WorkPreferenceInput w)
    {
        PreferredSectors = EnumList.Join(w.PreferredSectors);
        AvailableHoursPerWeek = w.AvailableHoursPerWeek;
        HasDrivingLicence = w.HasDrivingLicence;
        HasOwnTransport = w.HasOwnTransport;
        MaxTravelMinutes = w.MaxTravelMinutes;
        WorkPreferences = Clean(w.WorkPreferences);
        NewVersion();
    }

    /// <summary>Moves to another phase when <see cref="PhaseRules"/> allows it; exiting needs a reason.</summary>
    public PhaseChange? MoveTo(Phase to, string byUserId, DateTime nowUtc, ExitReason? exitReason = null, string? note = null)
    {
        if (!PhaseRules.CanMove(Phase, to) || (to == Phase.Exited && exitReason is null))
        {
            return null;
        }

        var change = new PhaseChange(Id, Phase, to, nowUtc, byUserId, to == Phase.Exited ? $"{exitReason}{(string.IsNullOrWhiteSpace(note) ? "" : ": " + note.Trim())}" : Clean(note));
        Phase = to;
        PhaseSinceUtc = nowUtc;
        if (to == Phase.Exited)
        {
            ExitReason = exitReason;
            ExitDate = DateOnly.FromDateTime(nowUtc);
            FillExitTargetDays();
        }

        NewVersion();
        return change;
    }

    public void RecordIndicators(IndicatorAnswers answers)
    {
        Indicators = answers;
        LongTermUnemployedAtEntry = LongTermUnemploymentRule.IsLongTermUnemployed(answers, BirthDate, DateOnly.FromDateTime(CreatedUtc));
        NewVersion();
    }

    /// <summary>Sets the target days of the ESF+ leaving indicators from the exit date (C#'s calendar: 31 August + 6 months = 28/29 February).</summary>
    public void FillExitTargetDays()
    {
        ExitStatusDay = ExitDate is { } exit ? Reporting.LeavingStatusRule.StatusDay(exit) : null;
        ExitSixMonthDay = ExitDate is { } e ? Reporting.LeavingStatusRule.SixMonthDay(e) : null;
    }

    public void RecordContact(ContactMoment contact)
    {
        if (LastContactDate is null || contact.Date >= LastContactDate)
        {
            LastContactDate = contact.Date;
        }

        if (contact.NextAction is not null)
        {
            NextAction = contact.NextAction;
            NextActionDate = contact.NextActionDate;
        }
    }

    public void RecordLadderStep(LadderRecord record) => LadderStep = record.Step;

    public void AssignCoach(string coachId)
    {
        CoachId = coachId;
        NewVersion();
    }

    public void NewVersion() => Version = Guid.NewGuid();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
