namespace Jobportunities.Core.Reporting;

/// <summary>ISCED groups of the ESF+ education indicator.</summary>
public enum IscedLevel
{
    Isced0To2,
    Isced3To4,
    Isced5To8,
    Unknown,
}
