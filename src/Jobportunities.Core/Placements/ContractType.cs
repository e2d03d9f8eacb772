namespace Jobportunities.Core.Placements;

public enum ContractType
{
    Permanent,
    FixedTerm,
    Agency,
    Apprenticeship,
    Internship,
    NotApplicable,
}
