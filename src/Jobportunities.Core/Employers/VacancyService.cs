using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Employers;

/// <summary>
/// Vacancies and workplaces belong to one programme, whose candidates are matched to them. Staff
/// see those of the programmes they are a member of; another programme's vacancy does not exist
/// for them (not found). Advisers and leads of the programme create and change them.
/// </summary>
public sealed class VacancyService(AppDbContext db, TimeProvider clock, AuditLog audit)
{
    private Archiver Archiver => new(db, audit, clock);

    public async Task<IReadOnlyList<VacancyRow>> ListAsync(StaffUser user, VacancyQuery query, CancellationToken ct = default)
    {
        var vacancies = InReach(user).Where(v => (v.ArchivedUtc != null) == query.Archived);
        if (query.Sector is { } sector)
        {
            vacancies = vacancies.Where(v => v.Sector == sector);
        }

        if (query.Status is { } status)
        {
            vacancies = vacancies.Where(v => v.Status == status);
        }

        if (query.ProgrammeId is { } programmeId)
        {
            vacancies = vacancies.Where(v => v.ProgrammeId == programmeId);
        }

        if (query.EmployerId is { } employerId)
        {
            vacancies = vacancies.Where(v => v.EmployerId == employerId);
        }

        return await vacancies
            .OrderBy(v => v.Employer!.Name).ThenBy(v => v.Title)
            .Select(v => new VacancyRow(v.Id, v.Title, v.EmployerId, v.Employer!.Name, db.Programmes.Where(p => p.Id == v.ProgrammeId).Select(p => p.Name).First(),
                v.Sector, v.HoursPerWeek, v.Postcode, v.Country, v.Openings, v.IsCreatedWorkplace, v.Status))
            .ToListAsync(ct);
    }

    public async Task<VacancyDetails?> FindAsync(StaffUser user, int id, CancellationToken ct = default)
    {
        var vacancy = await InReach(user).Include(v => v.Employer).ThenInclude(e => e!.Contacts).FirstOrDefaultAsync(v => v.Id == id, ct);
        if (vacancy is null)
        {
            return null;
        }

        var programme = await db.Programmes.AsNoTracking().Where(p => p.Id == vacancy.ProgrammeId).Select(p => new { p.Name, p.MaxTravelMinutes }).FirstAsync(ct);
        return new VacancyDetails(vacancy, vacancy.Employer!, programme.Name, programme.MaxTravelMinutes);
    }

    /// <summary>The programmes the user works in, for choosing a vacancy's programme and for filters.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> ProgrammesAsync(StaffUser user, CancellationToken ct = default)
    {
        var rows = await db.ProgrammeMembers.AsNoTracking().Where(m => m.UserId == user.Id)
            .OrderBy(m => m.Programme!.Name).Select(m => new { m.ProgrammeId, m.Programme!.Name }).ToListAsync(ct);
        return rows.Select(r => (r.ProgrammeId, r.Name)).ToList();
    }

    public async Task<Result<int>> CreateAsync(StaffUser user, int employerId, int programmeId, VacancyInput input, CancellationToken ct = default)
    {
        if (!await db.Employers.AnyAsync(e => e.Id == employerId && e.ArchivedUtc == null, ct))
        {
            return Result<int>.NotFound();
        }

        if (!EmployerService.MayManage(user))
        {
            return Result<int>.Refused(EmployerService.NotAllowed);
        }

        if (!await db.ProgrammeMembers.AnyAsync(m => m.UserId == user.Id && m.ProgrammeId == programmeId, ct))
        {
            return Result<int>.Invalid("Programme");
        }

        var vacancy = new Vacancy(employerId, programmeId, input.Title, input.Sector, input.HoursPerWeek, input.Postcode, input.Country, input.Openings,
            input.Requirements, input.IsCreatedWorkplace, clock.GetUtcNow().UtcDateTime);
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(vacancy.Id);
    }

    public Task<Result<Vacancy>> UpdateAsync(StaffUser user, int id, Guid version, VacancyInput input, CancellationToken ct = default) =>
        ChangeAsync(user, id, version, v => v.Update(input.Title, input.Sector, input.HoursPerWeek, input.Postcode, input.Country, input.Openings, input.Requirements, input.IsCreatedWorkplace), ct);

    public Task<Result<Vacancy>> SetStatusAsync(StaffUser user, int id, VacancyStatus status, CancellationToken ct = default) =>
        ChangeAsync(user, id, null, v => v.SetStatus(status), ct);

    /// <summary>Archives (true) or restores (false) a vacancy: those who keep the vacancies (ADR 0025). Audited.</summary>
    public Task<Result<Vacancy>> SetArchivedAsync(StaffUser user, int id, bool archived, CancellationToken ct = default) =>
        Archiver.SetArchivedAsync(user, InReach(user, tracked: true), id, archived, EmployerService.MayManage(user), AuditObjects.Vacancy, ct);

    private async Task<Result<Vacancy>> ChangeAsync(StaffUser user, int id, Guid? version, Action<Vacancy> change, CancellationToken ct)
    {
        var vacancy = await InReach(user, tracked: true).FirstOrDefaultAsync(v => v.Id == id, ct);
        if (vacancy is null)
        {
            return Result<Vacancy>.NotFound();
        }

        if (!EmployerService.MayManage(user))
        {
            return Result<Vacancy>.Refused(EmployerService.NotAllowed);
        }

        if (version is { } expected && expected != vacancy.Version)
        {
            return Result<Vacancy>.Conflict(vacancy);
        }

        change(vacancy);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result<Vacancy>.Conflict(await db.Vacancies.AsNoTracking().FirstAsync(v => v.Id == id, ct));
        }

        return Result<Vacancy>.Ok(vacancy);
    }

    private IQueryable<Vacancy> InReach(StaffUser user, bool tracked = false)
    {
        var vacancies = tracked ? db.Vacancies : db.Vacancies.AsNoTracking();
        return vacancies.Where(v => db.ProgrammeMembers.Any(m => m.UserId == user.Id && m.ProgrammeId == v.ProgrammeId));
    }
}
