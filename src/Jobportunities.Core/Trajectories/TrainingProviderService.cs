using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Trajectories;

/// <summary>
/// Training providers, their courses and course runs. Leads and administrators keep them;
/// coaches read them (the policies guard this in the web layer). Seats are changed with the
/// same conditional statement as enrolments, so capacity never drops below what is taken.
/// </summary>
public sealed class TrainingProviderService(AppDbContext db, TimeProvider clock, AuditLog audit)
{
    public const string ProviderObject = "TrainingProvider";
    public const string CourseObject = "Course";

    /// <summary>Who keeps the catalogue, and so archives and restores providers and courses: leads and administrators.</summary>
    public static bool MayKeep(StaffUser user) => user.IsInRole(Roles.ProgrammeLead) || user.IsInRole(Roles.Administrator);

    /// <summary>The providers without the archived ones, or (archived: true) only the archived ones, to find and restore them.</summary>
    public async Task<IReadOnlyList<ProviderSummary>> ListAsync(CancellationToken ct = default, bool archived = false)
    {
        var today = clock.Today();
        return await db.TrainingProviders.AsNoTracking().Where(p => (p.ArchivedUtc != null) == archived).OrderBy(p => p.Country).ThenBy(p => p.Name)
            .Select(p => new ProviderSummary(p.Id, p.Name, p.Country, p.City, p.Postcode, p.Courses.Count,
                p.Courses.SelectMany(c => c.Runs).Count(r => r.StartDate >= today)))
            .ToListAsync(ct);
    }

    public Task<TrainingProvider?> FindAsync(int id, CancellationToken ct = default) =>
        db.TrainingProviders.AsNoTracking().Include(p => p.Courses).ThenInclude(c => c.Runs).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<Course?> FindCourseAsync(int providerId, int courseId, CancellationToken ct = default) =>
        db.Courses.AsNoTracking().Include(c => c.TrainingProvider).Include(c => c.Runs).FirstOrDefaultAsync(c => c.Id == courseId && c.TrainingProviderId == providerId, ct);

    /// <summary>Archives (true) or restores (false) a provider: its courses leave the enrolment choice with it (ADR 0025). Audited.</summary>
    public Task<Result<TrainingProvider>> SetArchivedAsync(StaffUser user, int id, bool archived, CancellationToken ct = default) =>
        new Archiver(db, audit, clock).SetArchivedAsync(user, db.TrainingProviders, id, archived, MayKeep(user), ProviderObject, ct);

    /// <summary>Archives (true) or restores (false) one course of a provider (ADR 0025). Audited.</summary>
    public Task<Result<Course>> SetCourseArchivedAsync(StaffUser user, int providerId, int courseId, bool archived, CancellationToken ct = default) =>
        new Archiver(db, audit, clock).SetArchivedAsync(user, db.Courses.Where(c => c.TrainingProviderId == providerId), courseId, archived, MayKeep(user), CourseObject, ct);

    public async Task<Result<int>> CreateAsync(ProviderSettings s, CancellationToken ct = default)
    {
        if (await NameTakenAsync(s.Name, null, ct))
        {
            return Result<int>.Invalid("DuplicateName");
        }

        var provider = new TrainingProvider(s.Name, s.Country, s.City, s.Postcode);
        db.TrainingProviders.Add(provider);
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(provider.Id);
    }

    public async Task<Result<TrainingProvider>> UpdateAsync(int id, Guid version, ProviderSettings s, CancellationToken ct = default)
    {
        var provider = await db.TrainingProviders.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (provider is null)
        {
            return Result<TrainingProvider>.NotFound();
        }

        if (provider.Version != version)
        {
            return Result<TrainingProvider>.Conflict(provider);
        }

        if (await NameTakenAsync(s.Name, id, ct))
        {
            return Result<TrainingProvider>.Invalid("DuplicateName");
        }

        provider.Update(s.Name, s.Country, s.City, s.Postcode);
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<TrainingProvider>.Ok(provider);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result<TrainingProvider>.Conflict(await db.TrainingProviders.AsNoTracking().FirstAsync(p => p.Id == id, ct));
        }
    }

    public async Task<Result<int>> AddCourseAsync(int providerId, CourseDetails details, CancellationToken ct = default)
    {
        var provider = await db.TrainingProviders.FirstOrDefaultAsync(p => p.Id == providerId, ct);
        if (provider is null)
        {
            return Result<int>.NotFound();
        }

        if (provider.IsArchived)
        {
            return Result<int>.Invalid("ProviderArchived");
        }

        var course = provider.AddCourse(details);
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(course.Id);
    }

    public async Task<Result<Course>> UpdateCourseAsync(int providerId, int courseId, Guid version, CourseDetails details, bool isActive, CancellationToken ct = default)
    {
        var course = await db.Courses.Include(c => c.TrainingProvider).FirstOrDefaultAsync(c => c.Id == courseId && c.TrainingProviderId == providerId, ct);
        if (course is null)
        {
            return Result<Course>.NotFound();
        }

        if (course.Version != version)
        {
            return Result<Course>.Conflict(course);
        }

        course.Update(details, course.TrainingProvider!.Country);
        course.SetActive(isActive);
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<Course>.Ok(course);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result<Course>.Conflict(await db.Courses.AsNoTracking().Include(c => c.TrainingProvider).FirstAsync(c => c.Id == courseId, ct));
        }
    }

    public async Task<Result<int>> AddRunAsync(int providerId, int courseId, DateOnly startDate, int seats, CancellationToken ct = default)
    {
        var course = await db.Courses.Include(c => c.TrainingProvider).FirstOrDefaultAsync(c => c.Id == courseId && c.TrainingProviderId == providerId, ct);
        if (course is null)
        {
            return Result<int>.NotFound();
        }

        if (course.IsArchived || course.TrainingProvider!.IsArchived)
        {
            return Result<int>.Invalid("CourseArchived");
        }

        var run = course.AddRun(startDate, seats);
        await db.SaveChangesAsync(ct);
        return Result<int>.Ok(run.Id);
    }

    /// <summary>Changes a run's seats; refused when more seats are already taken.</summary>
    public async Task<Result<int>> ChangeSeatsAsync(int providerId, int courseId, int runId, int seats, CancellationToken ct = default)
    {
        if (!await db.CourseRuns.AnyAsync(r => r.Id == runId && r.CourseId == courseId && r.Course!.TrainingProviderId == providerId, ct))
        {
            return Result<int>.NotFound();
        }

        return await CourseSeats.TryChangeSeatsAsync(db, runId, seats, ct) ? Result<int>.Ok(runId) : Result<int>.Invalid("SeatsBelowTaken");
    }

    private Task<bool> NameTakenAsync(string name, int? exceptId, CancellationToken ct)
    {
        var trimmed = name.Trim();
        return db.TrainingProviders.AnyAsync(p => p.Name == trimmed && p.Id != exceptId, ct);
    }
}
