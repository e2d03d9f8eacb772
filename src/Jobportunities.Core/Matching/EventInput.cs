namespace Jobportunities.Core.Matching;

public sealed record EventInput(int ProgrammeId, string Title, DateOnly Date, string Place, string? Description);
