using Jobportunities.Core.Placements;

namespace Jobportunities.Core.Matching;

public sealed record EventPlacementRow(CandidateInfo Candidate, string EmployerName, PlacementKind Kind, DateOnly StartDate, DateOnly? EndDate);
