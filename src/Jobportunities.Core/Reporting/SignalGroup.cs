namespace Jobportunities.Core.Reporting;

public sealed record SignalGroup(SignalKind Kind, int Total, IReadOnlyList<SignalRow> Rows);
