using Jobportunities.Core.Audit;
using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Employers;

/// <summary>
/// The employers register, one for all programmes (the unique index is country + registration,
/// not per programme): advisers, coaches and leads read it; advisers and leads keep it
/// (docs/roles-and-rights.md). A second employer with the same registration is refused, naming
/// the one that exists, also when two saves race past the check (the unique index decides).
/// </summary>
public sealed class EmployerService(AppDbContext db, TimeProvider clock, AuditLog audit)
{
    private Archiver Archiver => new(db, audit, clock);

    public const string ObjectType = "Employer";

    public const string Duplicate = "Duplicate";
    public const string NotAllowed = "NotAllowed";

    public static bool MayManage(StaffUser user) => user.IsInRole(Roles.EmployerAdviser) || user.IsInRole(Roles.ProgrammeLead);

    /// <summary>The register without the archived ones, or (archived: true) only the archived ones, to find and restore them.</summary>
    public async Task<IReadOnlyList<EmployerRow>> SearchAsync(StaffUser user, string? search, Sector? sector, CancellationToken ct = default, bool archived = false)
    {
        var employers = db.Employers.AsNoTracking().Where(e => (e.ArchivedUtc != null) == archived);
        if (!string.IsNullOrWhiteSpace(search))
        {
            // LIKE ignores case on both providers (SQLite: ASCII letters); the escape keeps % and _ literal.
            var pattern = "%" + search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            var compact = search.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
            employers = employers.Where(e => EF.Functions.Like(e.Name, pattern, "\\") || EF.Functions.Like(e.City!, pattern, "\\")
                || EF.Functions.Like(e.RegistrationNumber, pattern, "\\") || e.RegistrationNumber == compact);
        }

        if (sector is { } s)
        {
            employers = employers.Where(e => e.Sector == s);
        }

        var programmes = db.ProgrammeMembers.Where(m => m.UserId == user.Id).Select(m => m.ProgrammeId);
        return await employers
            .OrderBy(e => e.Name)
            .Select(e => new EmployerRow(e.Id, e.Name, e.Country, e.RegistrationNumber, e.Sector, e.City,
                db.Vacancies.Count(v => v.EmployerId == e.Id && v.Status == VacancyStatus.Open && v.ArchivedUtc == null && programmes.Contains(v.ProgrammeId))))
            .ToListAsync(ct);
    }

    /// <summary>The employers a choice list offers: the register's, archived ones left out, by name.</summary>
    public async Task<IReadOnlyList<EmployerChoice>> ChoicesAsync(CancellationToken ct = default) =>
        await db.Employers.AsNoTracking().Where(e => e.ArchivedUtc == null).OrderBy(e => e.Name).Select(e => new EmployerChoice(e.Id, e.Name)).ToListAsync(ct);

    /// <summary>Archives (true) or restores (false) an employer: those who keep the register (ADR 0025). Audited.</summary>
    public async Task<Result<EmployerRef>> SetArchivedAsync(StaffUser user, int id, bool archived, CancellationToken ct = default)
    {
        var result = await Archiver.SetArchivedAsync(user, db.Employers, id, archived, MayManage(user), ObjectType, ct);
        return new Result<EmployerRef>(result.Outcome, result.Value is { } e ? Ref(e) : null, result.ErrorCode);
    }

    public Task<Employer?> FindAsync(int id, CancellationToken ct = default) =>
        db.Employers.AsNoTracking().Include(e => e.Contacts).FirstOrDefaultAsync(e => e.Id == id, ct);

    public async Task<Result<EmployerRef>> CreateAsync(StaffUser user, EmployerInput input, CancellationToken ct = default)
    {
        if (!MayManage(user))
        {
            return Result<EmployerRef>.Refused(NotAllowed);
        }

        if (EmployerRegistration.Check(input.Country, input.RegistrationNumber) != RegistrationCheck.Valid)
        {
            return Result<EmployerRef>.Invalid(nameof(input.RegistrationNumber));
        }

        var employer = new Employer(input.Name, input.Country, input.RegistrationNumber, input.Sector, clock.GetUtcNow().UtcDateTime);
        employer.Update(input.Name, input.Sector, input.Street, input.Postcode, input.City, input.Notes);
        if (await ExistingAsync(employer.Country, employer.RegistrationNumber, null, ct) is { } existing)
        {
            return DuplicateOf(existing);
        }

        db.Employers.Add(employer);
        return await SaveAsync(employer, ct);
    }

    public async Task<Result<EmployerRef>> UpdateAsync(StaffUser user, int id, Guid version, EmployerInput input, CancellationToken ct = default)
    {
        var employer = await db.Employers.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (employer is null)
        {
            return Result<EmployerRef>.NotFound();
        }

        if (!MayManage(user))
        {
            return Result<EmployerRef>.Refused(NotAllowed);
        }

        if (EmployerRegistration.Check(input.Country, input.RegistrationNumber) != RegistrationCheck.Valid)
        {
            return Result<EmployerRef>.Invalid(nameof(input.RegistrationNumber));
        }

        if (employer.Version != version)
        {
            return Result<EmployerRef>.Conflict(Ref(employer));
        }

        employer.ChangeRegistration(input.Country, input.RegistrationNumber);
        employer.Update(input.Name, input.Sector, input.Street, input.Postcode, input.City, input.Notes);
        if (await ExistingAsync(employer.Country, employer.RegistrationNumber, id, ct) is { } existing)
        {
            db.ChangeTracker.Clear();
            return DuplicateOf(existing);
        }

        return await SaveAsync(employer, ct);
    }

    public async Task<Result<EmployerRef>> AddContactAsync(StaffUser user, int id, ContactInput input, CancellationToken ct = default)
    {
        var employer = await db.Employers.Include(e => e.Contacts).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (employer is null)
        {
            return Result<EmployerRef>.NotFound();
        }

        if (!MayManage(user))
        {
            return Result<EmployerRef>.Refused(NotAllowed);
        }

        employer.AddContact(input.Name, input.Role, input.Email, input.Phone);
        employer.NewVersion();
        return await SaveAsync(employer, ct);
    }

    private async Task<Result<EmployerRef>> SaveAsync(Employer employer, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<EmployerRef>.Ok(Ref(employer));
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Employers.AsNoTracking().FirstAsync(e => e.Id == employer.Id, ct);
            return Result<EmployerRef>.Conflict(Ref(current));
        }
        catch (DbUpdateException)
        {
            // Another save with the same registration won the race: the unique index refused this one.
            db.ChangeTracker.Clear();
            var existing = await ExistingAsync(employer.Country, employer.RegistrationNumber, employer.Id == 0 ? null : employer.Id, ct);
            if (existing is null)
            {
                throw;
            }

            return DuplicateOf(existing);
        }
    }

    private Task<EmployerRef?> ExistingAsync(string country, string registrationNumber, int? except, CancellationToken ct) =>
        db.Employers.AsNoTracking()
            .Where(e => e.Country == country && e.RegistrationNumber == registrationNumber && (except == null || e.Id != except))
            .Select(e => new EmployerRef(e.Id, e.Name, e.Version))
            .FirstOrDefaultAsync(ct);

    private static Result<EmployerRef> DuplicateOf(EmployerRef existing) => new(Outcome.Refused, existing, Duplicate);

    private static EmployerRef Ref(Employer e) => new(e.Id, e.Name, e.Version);
}
