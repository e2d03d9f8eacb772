namespace Jobportunities.Web.Features.Exports;

/// <summary>An export file: its name, type and bytes.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);
