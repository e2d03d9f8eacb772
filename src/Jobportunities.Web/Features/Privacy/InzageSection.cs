namespace Jobportunities.Web.Features.Privacy;

/// <summary>One part of the readable inzage document: a heading and either label/value pairs or a table.</summary>
public sealed record InzageSection(string Key, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, bool IsRecord);
