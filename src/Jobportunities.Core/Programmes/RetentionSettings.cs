namespace Jobportunities.Core.Programmes;

/// <summary>How long files are kept before anonymisation (docs/privacy.md); null leaves them as they are.</summary>
public sealed record RetentionSettings(int MonthsAfterExit, int MonthsForApplications);
