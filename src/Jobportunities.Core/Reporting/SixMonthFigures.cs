namespace Jobportunities.Core.Reporting;

/// <summary>Leavers of the period whose six months have passed, and how many of them were in employment then.</summary>
public sealed record SixMonthFigures(int Measurable, int InEmployment);
