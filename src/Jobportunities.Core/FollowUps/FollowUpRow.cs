namespace Jobportunities.Core.FollowUps;

public sealed record FollowUpRow(int Id, int ParticipantId, string ParticipantName, string Reference, string ProgrammeName, string CoachName, DateOnly ExitDate, DateOnly DueDate, FollowUpState State, FollowUpSituation? Situation);
