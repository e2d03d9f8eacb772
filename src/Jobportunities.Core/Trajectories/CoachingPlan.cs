using Jobportunities.Core.Participants;

namespace Jobportunities.Core.Trajectories;

/// <summary>A participant's coaching plan as one user may see it, with its cost and history.</summary>
public sealed record CoachingPlan(
    Participant Participant,
    PlanRights Rights,
    string ProgrammeName,
    string CoachName,
    string Language,
    IReadOnlyList<PlanGoal> Goals,
    IReadOnlyList<PlanInstrument> Instruments,
    IReadOnlyList<Enrolment> Enrolments,
    IReadOnlyList<WorkBasedLearningCertificate> Certificates,
    IReadOnlyList<EmployerAgreement> Agreements,
    IReadOnlyList<CostShare> Shares,
    IReadOnlyList<PlanHistoryEntry> History,
    IReadOnlyDictionary<string, string> UserNames,
    PlanCostSummary Cost)
{
    public Enrolment? EnrolmentOf(int planInstrumentId) => Enrolments.FirstOrDefault(e => e.PlanInstrumentId == planInstrumentId);

    public WorkBasedLearningCertificate? CertificateOf(int planInstrumentId) => Certificates.FirstOrDefault(c => c.PlanInstrumentId == planInstrumentId);

    /// <summary>The register's name of each linked agreement's employer (archived ones too), by agreement id.</summary>
    public IReadOnlyDictionary<int, string> AgreementEmployers { get; init; } = new Dictionary<int, string>();

    /// <summary>The employer's name from the register; the legacy free text for an old row that matched none.</summary>
    public string EmployerOf(EmployerAgreement agreement) =>
        AgreementEmployers.TryGetValue(agreement.Id, out var name) ? name : agreement.EmployerName;
}

/// <summary>A course run a coach can enrol in, for the plan's choice list.</summary>
public sealed record RunChoice(int RunId, string ProviderName, string Country, string CourseTitle, Common.Sector Sector, int Level, string Language, DateOnly StartDate, int FreeSeats, decimal Cost);
