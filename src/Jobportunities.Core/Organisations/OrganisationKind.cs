namespace Jobportunities.Core.Organisations;

public enum OrganisationKind
{
    Municipality,
    Uwv,
    AgenturFuerArbeit,
    Jobcenter,
    TrainingInstitute,
    EmployersBody,
    KnowledgeCentre,
    Other,
}
