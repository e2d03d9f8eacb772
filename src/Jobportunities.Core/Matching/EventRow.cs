namespace Jobportunities.Core.Matching;

public sealed record EventRow(int Id, string Title, DateOnly Date, string Place, string ProgrammeName, int Candidates, int Employers, int Conversations, int Placements);
