namespace Jobportunities.Core.Documents;

/// <summary>What a document on a participant's file is.</summary>
public enum DocumentKind
{
    Cv,
    Certificate,
    PlanSigned,
    Payslip,
    EmployerStatement,
    Other,
}
