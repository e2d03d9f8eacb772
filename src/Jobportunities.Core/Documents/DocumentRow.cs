namespace Jobportunities.Core.Documents;

/// <summary>One line of the list: the metadata, whether it is evidence somewhere, and whether this user may delete it.</summary>
public sealed record DocumentRow(int Id, DocumentKind Kind, string FileName, string ContentType, long SizeBytes, string UploadedBy, DateTime UploadedUtc, bool IsEvidence, bool CanDelete);
