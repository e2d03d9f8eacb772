namespace Jobportunities.Core.Reporting;

/// <summary>The ESF+ age groups of the funder export.</summary>
public enum EsfAgeBand
{
    Under18,
    From18To29,
    From30To54,
    From55,
}
