namespace Jobportunities.Core.Trajectories;

public sealed record PlanInstrumentInput(string? Provider, DateOnly? PlannedStart, DateOnly? PlannedEnd, decimal Cost);
