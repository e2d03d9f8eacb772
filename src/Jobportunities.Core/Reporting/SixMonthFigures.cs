namespace Jobportunities.Core.Reporting;

/// <summary>
/// Leavers of the period whose six months have passed, how many of them were in employment then, and
/// how many of those employed at entry had an improved labour-market situation then.
/// </summary>
public sealed record SixMonthFigures(int Measurable, int InEmployment, int ImprovedSituation);
