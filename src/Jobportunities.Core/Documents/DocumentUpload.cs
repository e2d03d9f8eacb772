namespace Jobportunities.Core.Documents;

public sealed record DocumentUpload(DocumentKind Kind, string? FileName, byte[] Content);
