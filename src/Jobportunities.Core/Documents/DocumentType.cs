namespace Jobportunities.Core.Documents;

/// <summary>A file type the app accepts, as recognised from its bytes.</summary>
public sealed record DocumentType(string Name, string ContentType, string Extension);
