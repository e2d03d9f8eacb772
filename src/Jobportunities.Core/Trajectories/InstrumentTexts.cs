namespace Jobportunities.Core.Trajectories;

/// <summary>The texts of an instrument: a name per UI language and one description.</summary>
public sealed record InstrumentTexts(string NameNl, string NameDe, string NameEn, string? Description);
