namespace Jobportunities.Core.Documents;

/// <summary>The size limit of an upload (configuration "Documents:MaxBytes", default 10 MB).</summary>
public sealed record DocumentLimits(long MaxBytes);
