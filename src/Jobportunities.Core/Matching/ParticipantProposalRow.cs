namespace Jobportunities.Core.Matching;

public sealed record ParticipantProposalRow(int VacancyId, string VacancyTitle, string EmployerName, DateTime ProposedUtc, ProposalStatus Status);
