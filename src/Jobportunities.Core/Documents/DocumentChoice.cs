namespace Jobportunities.Core.Documents;

/// <summary>A document to choose as evidence (a durable check, a Verklaring Praktijkleren).</summary>
public sealed record DocumentChoice(int Id, DocumentKind Kind, string FileName, DateTime UploadedUtc);
