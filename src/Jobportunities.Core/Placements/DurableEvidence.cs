namespace Jobportunities.Core.Placements;

public enum DurableEvidence
{
    EmployerConfirmation,
    Payslip,
    ParticipantStatement,
}
