using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Jobportunities.Core.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Intake;

public sealed record ProgrammeChoice(string Code, string Name);

public sealed record UploadSummary(int Id, string FileName, DateTime UploadedUtc, int Accepted, int AlreadyKnown, int Rejected);

/// <summary>The stored upload's id, or why the whole file was refused (then nothing is stored).</summary>
public sealed record UploadResult(int? UploadId, IReadOnlyList<CsvProblem> FileProblems);

/// <summary>
/// A referrer's CSV upload: validates the file (<see cref="ReferralCsvParser"/>), stores each valid
/// row through <see cref="IntakeService.SubmitReferralAsync"/> and keeps the report. Rows go in
/// transactions of <see cref="BatchSize"/>: one commit per row is slow on a SQLite file.
/// Re-uploading a file creates nothing twice: the organisation's external reference is the key.
/// </summary>
public sealed class ReferralUploadService(AppDbContext db, IntakeService intake, TimeProvider clock)
{
    public const int BatchSize = 500;

    public async Task<IReadOnlyList<ProgrammeChoice>> ProgrammesOfAsync(string userId, CancellationToken ct = default) =>
        await db.ProgrammeMembers.Where(m => m.UserId == userId)
            .OrderBy(m => m.Programme!.Name)
            .Select(m => new ProgrammeChoice(m.Programme!.Code, m.Programme.Name))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<UploadSummary>> ListAsync(int organisationId, CancellationToken ct = default) =>
        await db.ReferralUploads.Where(u => u.OrganisationId == organisationId)
            .OrderByDescending(u => u.UploadedUtc).ThenByDescending(u => u.Id)
            .Select(u => new UploadSummary(u.Id, u.FileName, u.UploadedUtc, u.Accepted, u.AlreadyKnown, u.Rejected))
            .Take(50)
            .ToListAsync(ct);

    /// <summary>Another organisation's upload does not exist for this one.</summary>
    public Task<ReferralUpload?> FindAsync(int organisationId, int id, CancellationToken ct = default) =>
        db.ReferralUploads.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id && u.OrganisationId == organisationId, ct);

    public async Task<UploadResult> UploadAsync(StaffUser user, string fileName, byte[] content, string language, CancellationToken ct = default)
    {
        var organisationId = user.OrganisationId ?? throw new InvalidOperationException("A referrer belongs to an organisation.");
        // A closed programme takes no referrals: its rows are refused like an unknown programme's.
        var closed = await db.Programmes.Where(p => p.ClosedUtc != null).Select(p => p.Code).ToListAsync(ct);
        var programmes = (await ProgrammesOfAsync(user.Id, ct)).Where(p => !closed.Contains(p.Code)).ToList();
        if (programmes.Count == 0)
        {
            return new UploadResult(null, [new CsvProblem(CsvProblems.NoProgramme)]);
        }

        var file = ReferralCsvParser.Parse(content, programmes.Select(p => p.Code).ToList(), clock.Today());
        if (!file.IsReadable)
        {
            return new UploadResult(null, file.FileProblems);
        }

        var batch = new Batch(organisationId, user.Id, language, await KnownReferencesAsync(organisationId, ct));
        var report = new List<UploadReportLine>(file.Rows.Count);
        foreach (var rows in file.Rows.Chunk(BatchSize))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in rows)
            {
                report.Add(await StoreAsync(row, batch, ct));
            }

            await transaction.CommitAsync(ct);
        }

        var upload = new ReferralUpload(organisationId, user.Id, CleanFileName(fileName), clock.GetUtcNow().UtcDateTime,
            report.Count(l => l.Status == UploadLineStatus.Accepted), report.Count(l => l.Status == UploadLineStatus.Known),
            report.Count(l => l.Status == UploadLineStatus.Rejected), ReferralUploadReport.Write(report));
        db.ReferralUploads.Add(upload);
        await db.SaveChangesAsync(ct);
        return new UploadResult(upload.Id, []);
    }

    private async Task<UploadReportLine> StoreAsync(ReferralCsvRow row, Batch batch, CancellationToken ct)
    {
        if (row.Data is not { } data)
        {
            return new UploadReportLine(row.Line, UploadLineStatus.Rejected, null, row.Problems);
        }

        if (batch.Known.TryGetValue(data.ExternalReference, out var knownReference))
        {
            return new UploadReportLine(row.Line, UploadLineStatus.Known, knownReference, []);
        }

        if (!batch.Programmes.TryGetValue(data.ProgrammeCode, out var programme))
        {
            programme = await intake.FindProgrammeAsync(data.ProgrammeCode, ct) ?? throw new InvalidOperationException("The programme disappeared.");
            batch.Programmes[data.ProgrammeCode] = programme;
        }

        var input = new ReferralInput(batch.OrganisationId, batch.UserId, ApplicationSource.ReferralCsv, data.ExternalReference, data.Reason,
            data.Details, new ConsentChoices(data.ConsentToShare, false, false, ConsentMethod.PartnerSystem), batch.Language, Bsn: data.Bsn);
        var result = await intake.SubmitReferralAsync(programme, input, ct);

        // Tracked entities would make every later SaveChanges slower (change detection over all of them).
        db.ChangeTracker.Clear();
        batch.Known[data.ExternalReference] = result.Reference;
        return result.Created
            ? new UploadReportLine(row.Line, UploadLineStatus.Accepted, result.Reference, result.Eligibility.Unmet.Select(u => new CsvProblem(CsvProblems.Unmet, u.Code)).ToList())
            : new UploadReportLine(row.Line, UploadLineStatus.Known, result.Reference, []);
    }

    /// <summary>The organisation's external references, case-insensitive as on SQL Server.</summary>
    private async Task<Dictionary<string, string>> KnownReferencesAsync(int organisationId, CancellationToken ct)
    {
        var rows = await db.Applications.Where(a => a.OrganisationId == organisationId && a.ExternalReference != null)
            .Select(a => new { a.ExternalReference, a.Reference }).ToListAsync(ct);
        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            known.TryAdd(row.ExternalReference!, row.Reference);
        }

        return known;
    }

    private static string CleanFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        return name.Length == 0 ? "upload.csv" : name.Length > 200 ? name[..200] : name;
    }

    private sealed record Batch(int OrganisationId, string UserId, string Language, Dictionary<string, string> Known)
    {
        public Dictionary<string, Programme> Programmes { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
