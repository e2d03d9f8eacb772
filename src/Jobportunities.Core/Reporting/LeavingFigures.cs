namespace Jobportunities.Core.Reporting;

/// <summary>Persons whose last participation ended in the period, and their status upon leaving.</summary>
public sealed record LeavingFigures(int Leavers, int InEmployment, int JobSearching, int InEducationOrTraining, int GainedQualification);
