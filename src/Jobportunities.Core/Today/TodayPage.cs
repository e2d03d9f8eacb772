using Jobportunities.Core.Intake;
using Jobportunities.Core.Matching;
using Jobportunities.Core.Reporting;
using Jobportunities.Core.Trajectories;

namespace Jobportunities.Core.Today;

/// <summary>The first rows of a section and how many there are in all.</summary>
public sealed record TodaySection<T>(IReadOnlyList<T> Rows, int Total);

/// <summary>A file's next action; <see cref="StandInFor"/> names the absent coach when the user stands in for them.</summary>
public sealed record TodayAction(int ParticipantId, string Name, string? NextAction, DateOnly Date, string? StandInFor);

/// <summary>A durable check, or a follow-up after leaving, that is due soon, due or overdue (<see cref="TodayRules.Check"/>).</summary>
public sealed record TodayCheck(int CheckId, int ParticipantId, string Name, DateOnly DueDate, string? StandInFor);

public sealed record TodayApplication(int Id, string Reference, string Name, string ProgrammeName, ApplicationSource Source, DateTime SubmittedUtc);

public sealed record TodayInstrument(int ParticipantId, string Name, string InstrumentNl, string InstrumentDe, string InstrumentEn, InstrumentStatus Status, DateOnly? Start, DateOnly? End, string? StandInFor);

public sealed record CoachToday(
    TodaySection<TodayAction> Actions,
    TodaySection<TodayCheck> Checks,
    TodaySection<TodayCheck> FollowUps,
    TodaySection<TodayApplication> Applications,
    TodaySection<TodayInstrument> Instruments);

/// <summary>A lead's counts for one programme; each links to a filtered list.</summary>
public sealed record ProgrammeToday(int Id, string Code, string Name, int ActionsDue, int ChecksDue, int FollowUpsDue, int ApplicationsWaiting, int InstrumentsThisWeek);

public sealed record TodayVacancy(int Id, string Title, string EmployerName, int Openings, int ProposalsWaiting);

public sealed record TodayProposal(int Id, int VacancyId, string VacancyTitle, string EmployerName, string Name, ProposalStatus Status, DateTime SinceUtc);

public sealed record AdviserToday(TodaySection<TodayVacancy> Vacancies, TodaySection<TodayProposal> Proposals);

/// <summary>The start page of one signed-in staff member: the parts their roles have (null otherwise).</summary>
public sealed record TodayPage(
    DateOnly Today,
    DateOnly WeekStart,
    DateOnly WeekEnd,
    CoachToday? Coach,
    IReadOnlyList<ProgrammeToday>? Programmes,
    AdviserToday? Adviser,
    IReadOnlyDictionary<SignalKind, int>? Signals);
