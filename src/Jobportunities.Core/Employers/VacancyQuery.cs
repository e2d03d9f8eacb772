using Jobportunities.Core.Common;

namespace Jobportunities.Core.Employers;

/// <summary>The list's filters; a null status means every status.</summary>
/// <summary>Archived: false lists the active vacancies, true only the archived ones (ADR 0025).</summary>
public sealed record VacancyQuery(Sector? Sector = null, VacancyStatus? Status = VacancyStatus.Open, int? ProgrammeId = null, int? EmployerId = null, bool Archived = false);
