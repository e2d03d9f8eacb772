using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Matching;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Jobportunities.Core.Reporting;
using Jobportunities.Core.Trajectories;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Today;

/// <summary>
/// The start page "Vandaag" (docs/product.md): what a coach, a lead or an employer adviser has to
/// do today. Every section is one bounded query (the first <see cref="RowLimit"/> rows) driven by
/// an index from the user's caseload or programmes, and the totals of all sections come in one
/// more query, so the page costs the same whatever the size of the database (docs/performance.md).
/// </summary>
public sealed class TodayService(AppDbContext db, ParticipantAccess access, SignalService signals, AuditLog audit, TimeProvider clock)
{
    public const int RowLimit = 10;

    public async Task<TodayPage> ReadAsync(StaffUser user, CancellationToken ct = default)
    {
        var today = clock.Today();
        var (monday, sunday) = TodayRules.Week(today);
        var isCoach = user.IsInRole(Roles.Coach);
        var isLead = user.IsInRole(Roles.ProgrammeLead);
        var isAdviser = user.IsInRole(Roles.EmployerAdviser);
        var coachIds = isCoach ? await access.CaseloadCoachIdsAsync(user.Id, ct) : [];
        if (isCoach || isAdviser)
        {
            // The sections name people: one audit row for the page, written before anything is shown.
            var sections = string.Join(',', new[] { isCoach ? "actions,checks,follow-ups,applications,plans" : null, isAdviser ? "proposals" : null }.OfType<string>());
            await audit.WriteAsync(user.Id, AuditAction.Read, AuditObjects.Today, "list", detail: sections, ct: ct);
        }

        return new TodayPage(
            today,
            monday,
            sunday,
            isCoach ? await CoachAsync(user, coachIds, today, ct) : null,
            isLead ? await ProgrammesAsync(user, today, ct) : null,
            isAdviser ? await AdviserAsync(user, ct) : null,
            isCoach || isLead ? await signals.CountAsync(user, coachIds, ct) : null);
    }

    private async Task<CoachToday> CoachAsync(StaffUser user, IReadOnlyList<string> coachIds, DateOnly today, CancellationToken ct)
    {
        var userId = user.Id;
        var (monday, sunday) = TodayRules.Week(today);
        var checksUntil = TodayRules.CheckShownUntil(today);
        var caseload = db.Participants.AsNoTracking().Where(p => coachIds.Contains(p.CoachId) && p.Phase != Phase.Exited);
        var actions = caseload.Where(p => p.NextActionDate <= today);
        var checks = db.DurableChecks.AsNoTracking()
            .Where(c => caseload.Select(p => p.Id).Contains(c.ParticipantId) && c.Outcome == null && c.State != DurableState.NotDurable && c.DueDate <= checksUntil);
        // Follow-ups after leaving belong to files that have left: the caseload's coaches, exited participants.
        var followUps = db.FollowUps.AsNoTracking()
            .Where(f => db.Participants.Where(p => coachIds.Contains(p.CoachId) && p.Phase == Phase.Exited).Select(p => p.Id).Contains(f.ParticipantId)
                && f.Situation == null && f.WithdrawnUtc == null && f.DueDate <= checksUntil);
        var applications = db.Applications.AsNoTracking()
            .Where(a => db.ProgrammeMembers.Where(m => m.UserId == userId).Select(m => m.ProgrammeId).Contains(a.ProgrammeId) && a.Status == ApplicationStatus.New);
        var planInstruments = db.PlanInstruments.AsNoTracking()
            .Where(i => caseload.Select(p => p.Id).Contains(i.ParticipantId)
                && ((i.Status == InstrumentStatus.Planned && i.PlannedStart >= monday && i.PlannedStart <= sunday)
                    || (i.Status == InstrumentStatus.Running && i.PlannedEnd >= monday && i.PlannedEnd <= sunday)));

        var totals = await db.Users.Where(u => u.Id == userId)
            .Select(u => new { Actions = actions.Count(), Checks = checks.Count(), FollowUps = followUps.Count(), Applications = applications.Count(), Instruments = planInstruments.Count() })
            .FirstAsync(ct);

        var actionRows = totals.Actions == 0 ? [] : await actions
            .OrderBy(p => p.NextActionDate).ThenBy(p => p.Id).Take(RowLimit)
            .Select(p => new TodayAction(p.Id, p.GivenName + " " + p.FamilyName, p.NextAction, p.NextActionDate!.Value, p.CoachId == userId ? null : p.Coach!.DisplayName))
            .ToListAsync(ct);
        var checkRows = totals.Checks == 0 ? [] : await checks
            .OrderBy(c => c.DueDate).ThenBy(c => c.Id).Take(RowLimit)
            .Join(db.Participants, c => c.ParticipantId, p => p.Id, (c, p) => new TodayCheck(
                c.Id, p.Id, p.GivenName + " " + p.FamilyName, c.DueDate, p.CoachId == userId ? null : p.Coach!.DisplayName))
            .ToListAsync(ct);
        var followUpRows = totals.FollowUps == 0 ? [] : await followUps
            .OrderBy(f => f.DueDate).ThenBy(f => f.Id).Take(RowLimit)
            .Join(db.Participants, f => f.ParticipantId, p => p.Id, (f, p) => new TodayCheck(
                f.Id, p.Id, p.GivenName + " " + p.FamilyName, f.DueDate, p.CoachId == userId ? null : p.Coach!.DisplayName))
            .ToListAsync(ct);
        var applicationRows = totals.Applications == 0 ? [] : await applications
            .OrderBy(a => a.SubmittedUtc).ThenBy(a => a.Id).Take(RowLimit)
            .Select(a => new TodayApplication(a.Id, a.Reference, a.GivenName + " " + a.FamilyName, a.Programme!.Name, a.Source, a.SubmittedUtc))
            .ToListAsync(ct);
        var instrumentRows = totals.Instruments == 0 ? [] : await planInstruments
            .OrderBy(i => i.Status == InstrumentStatus.Planned ? i.PlannedStart : i.PlannedEnd).ThenBy(i => i.Id).Take(RowLimit)
            .Join(db.Participants, i => i.ParticipantId, p => p.Id, (i, p) => new TodayInstrument(
                p.Id, p.GivenName + " " + p.FamilyName, i.Instrument!.NameNl, i.Instrument.NameDe, i.Instrument.NameEn, i.Status, i.PlannedStart, i.PlannedEnd,
                p.CoachId == userId ? null : p.Coach!.DisplayName))
            .ToListAsync(ct);

        return new CoachToday(
            new TodaySection<TodayAction>(actionRows, totals.Actions),
            new TodaySection<TodayCheck>(checkRows, totals.Checks),
            new TodaySection<TodayCheck>(followUpRows, totals.FollowUps),
            new TodaySection<TodayApplication>(applicationRows, totals.Applications),
            new TodaySection<TodayInstrument>(instrumentRows, totals.Instruments));
    }

    /// <summary>A lead's programmes with their counts, in one query (the counts use the programme indexes).</summary>
    private async Task<IReadOnlyList<ProgrammeToday>> ProgrammesAsync(StaffUser user, DateOnly today, CancellationToken ct)
    {
        var userId = user.Id;
        var (monday, sunday) = TodayRules.Week(today);
        var checksUntil = TodayRules.CheckShownUntil(today);
        return await db.Programmes.AsNoTracking()
            .Where(g => db.ProgrammeMembers.Any(m => m.UserId == userId && m.ProgrammeId == g.Id))
            .OrderBy(g => g.Name)
            .Select(g => new ProgrammeToday(
                g.Id,
                g.Code,
                g.Name,
                db.Participants.Count(p => p.ProgrammeId == g.Id && p.NextActionDate <= today && p.Phase != Phase.Exited),
                // From the programme's participants (IN, not a correlated EXISTS, which SQLite answers by reading every check).
                db.DurableChecks.Count(c => c.Outcome == null && c.State != DurableState.NotDurable && c.DueDate <= checksUntil
                    && db.Participants.Where(p => p.ProgrammeId == g.Id).Select(p => p.Id).Contains(c.ParticipantId)),
                db.FollowUps.Count(f => f.Situation == null && f.WithdrawnUtc == null && f.DueDate <= checksUntil
                    && db.Participants.Where(p => p.ProgrammeId == g.Id).Select(p => p.Id).Contains(f.ParticipantId)),
                db.Applications.Count(a => a.ProgrammeId == g.Id && a.Status == ApplicationStatus.New),
                db.PlanInstruments.Count(i => ((i.Status == InstrumentStatus.Planned && i.PlannedStart >= monday && i.PlannedStart <= sunday)
                        || (i.Status == InstrumentStatus.Running && i.PlannedEnd >= monday && i.PlannedEnd <= sunday))
                    && db.Participants.Any(p => p.Id == i.ParticipantId && p.ProgrammeId == g.Id))))
            .ToListAsync(ct);
    }

    /// <summary>Open vacancies of the adviser's programmes and the proposals the employer has not answered (proposed or invited).</summary>
    private async Task<AdviserToday> AdviserAsync(StaffUser user, CancellationToken ct)
    {
        var userId = user.Id;
        var vacancies = db.Vacancies.AsNoTracking()
            .Where(v => db.ProgrammeMembers.Where(m => m.UserId == userId).Select(m => m.ProgrammeId).Contains(v.ProgrammeId) && v.Status == VacancyStatus.Open && v.ArchivedUtc == null);
        var proposals = db.VacancyProposals.AsNoTracking()
            .Where(x => (x.Status == ProposalStatus.Proposed || x.Status == ProposalStatus.Invited) && vacancies.Select(v => v.Id).Contains(x.VacancyId));
        var totals = await db.Users.Where(u => u.Id == userId)
            .Select(u => new { Vacancies = vacancies.Count(), Proposals = proposals.Count() })
            .FirstAsync(ct);
        var vacancyRows = totals.Vacancies == 0 ? [] : await vacancies
            .OrderByDescending(v => db.VacancyProposals.Count(x => x.VacancyId == v.Id && (x.Status == ProposalStatus.Proposed || x.Status == ProposalStatus.Invited)))
            .ThenBy(v => v.CreatedUtc).ThenBy(v => v.Id).Take(RowLimit)
            .Select(v => new TodayVacancy(v.Id, v.Title, v.Employer!.Name, v.Openings,
                db.VacancyProposals.Count(x => x.VacancyId == v.Id && (x.Status == ProposalStatus.Proposed || x.Status == ProposalStatus.Invited))))
            .ToListAsync(ct);
        var proposalRows = totals.Proposals == 0 ? [] : await proposals
            .OrderBy(x => x.StatusChangedUtc ?? x.ProposedUtc).ThenBy(x => x.Id).Take(RowLimit)
            .Join(db.Vacancies, x => x.VacancyId, v => v.Id, (x, v) => new { x, v })
            .Join(db.Participants, y => y.x.ParticipantId, p => p.Id, (y, p) => new TodayProposal(
                y.x.Id, y.v.Id, y.v.Title, y.v.Employer!.Name, p.GivenName + " " + p.FamilyName, y.x.Status, y.x.StatusChangedUtc ?? y.x.ProposedUtc))
            .ToListAsync(ct);
        return new AdviserToday(new TodaySection<TodayVacancy>(vacancyRows, totals.Vacancies), new TodaySection<TodayProposal>(proposalRows, totals.Proposals));
    }
}
