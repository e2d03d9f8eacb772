namespace Jobportunities.Core.Placements;

public sealed record DurableCheckRow(int Id, int ParticipantId, string ParticipantName, string Reference, string ProgrammeName, string CoachName, string Employer, DateOnly StartDate, DateOnly DueDate, DurableState State, DurableOutcome? Outcome);
