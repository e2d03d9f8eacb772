using System.Data.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Intake;

/// <summary>Who uploads, for which organisation, in which language.</summary>
public sealed record UploadContext(int OrganisationId, string UserId, string Language);

/// <summary>
/// Stores the rows of a referral upload set-based: the organisation's external references and the
/// likely-duplicate candidates are read once per file, then each chunk of <see cref="ChunkSize"/>
/// rows is inserted in one transaction with one prepared INSERT per table (<see cref="BulkInsert{T}"/>). The same rules as a single referral
/// (<see cref="IntakeService"/>): eligibility, the duplicate flag, the BSN, the four consents.
/// When a chunk meets a concurrent referral with the same external reference (the unique index
/// refuses the chunk), that chunk is stored row by row through <see cref="IntakeService.SubmitReferralAsync"/>.
/// </summary>
public sealed class ReferralRowWriter(AppDbContext db, IntakeService intake, TimeProvider clock, IBsnProtector? bsnProtector = null)
{
    public const int ChunkSize = 1_000;

    /// <summary>Stores the valid rows and reports every row; <paramref name="progress"/> hears the number done after each chunk.</summary>
    public async Task<IReadOnlyList<UploadReportLine>> StoreAsync(
        UploadContext upload, IReadOnlyList<ReferralCsvRow> rows, Func<int, CancellationToken, Task>? progress, CancellationToken ct)
    {
        var programmes = await ProgrammesAsync(rows, ct);
        var known = await KnownReferencesAsync(upload.OrganisationId, ct);
        var duplicates = await DuplicateCandidatesAsync(rows, programmes, ct);
        var report = new List<UploadReportLine>(rows.Count);
        foreach (var chunk in rows.Chunk(ChunkSize))
        {
            report.AddRange(await StoreChunkAsync(upload, chunk, programmes, known, duplicates, ct));
            if (progress is not null)
            {
                await progress(report.Count, ct);
            }
        }

        return report;
    }

    private async Task<IReadOnlyList<UploadReportLine>> StoreChunkAsync(UploadContext upload, ReferralCsvRow[] chunk,
        Dictionary<string, Programme> programmes, Dictionary<string, string> known, LikelyDuplicates duplicates, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lines = new UploadReportLine[chunk.Length];
        var added = new List<(Application Application, LikelyDuplicates.Candidate? DuplicateOf, ConsentChoices Consents)>();
        var knownBefore = new Dictionary<string, string>(known, known.Comparer);
        for (var i = 0; i < chunk.Length; i++)
        {
            var row = chunk[i];
            if (row.Data is not { } data)
            {
                lines[i] = new UploadReportLine(row.Line, UploadLineStatus.Rejected, null, row.Problems);
                continue;
            }

            if (known.TryGetValue(data.ExternalReference, out var reference))
            {
                lines[i] = new UploadReportLine(row.Line, UploadLineStatus.Known, reference, []);
                continue;
            }

            var input = Input(upload, data);
            var (application, eligibility) = intake.NewApplication(programmes[data.ProgrammeCode], data.Details, ApplicationSource.ReferralCsv, upload.Language, now);
            intake.MarkAsReferral(application, input);
            added.Add((application, duplicates.FindAndAdd(application), input.Consents));
            known[data.ExternalReference] = application.Reference;
            lines[i] = new UploadReportLine(row.Line, UploadLineStatus.Accepted, application.Reference,
                eligibility.Unmet.Select(u => new CsvProblem(CsvProblems.Unmet, u.Code)).ToList());
        }

        try
        {
            await SaveAsync(added, upload.UserId, now, ct);
            return lines;
        }
        catch (DbException)
        {
            // A referral with one of these external references arrived meanwhile (API, form): store this chunk row by row.
            db.ChangeTracker.Clear();
            duplicates.Withdraw(added.Select(a => a.Application));
            foreach (var key in known.Keys.Except(knownBefore.Keys).ToList())
            {
                known.Remove(key);
            }

            return await StoreRowByRowAsync(upload, chunk, programmes, known, ct);
        }
    }

    private async Task SaveAsync(List<(Application Application, LikelyDuplicates.Candidate? DuplicateOf, ConsentChoices Consents)> added,
        string userId, DateTime now, CancellationToken ct)
    {
        // Inserted in file order, so a duplicate of an earlier row of the same chunk finds that row's id set.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await new BulkInsert<Application>(db).InsertAsync(added.Select(a =>
        {
            if (a.DuplicateOf is { IsStored: true } duplicateOf)
            {
                a.Application.FlagPossibleDuplicateOf(duplicateOf.Id);
            }

            return a.Application;
        }), ct);
        await new BulkInsert<ConsentRecord>(db).InsertAsync(
            added.SelectMany(a => IntakeService.ConsentRecordsOf(a.Application.Id, a.Consents, now, userId)), ct);
        await transaction.CommitAsync(ct);
    }

    private async Task<IReadOnlyList<UploadReportLine>> StoreRowByRowAsync(UploadContext upload, ReferralCsvRow[] chunk,
        Dictionary<string, Programme> programmes, Dictionary<string, string> known, CancellationToken ct)
    {
        var lines = new List<UploadReportLine>(chunk.Length);
        foreach (var row in chunk)
        {
            if (row.Data is not { } data)
            {
                lines.Add(new UploadReportLine(row.Line, UploadLineStatus.Rejected, null, row.Problems));
                continue;
            }

            var result = await intake.SubmitReferralAsync(programmes[data.ProgrammeCode], Input(upload, data), ct);
            db.ChangeTracker.Clear();
            var status = result.Created && !known.ContainsKey(data.ExternalReference) ? UploadLineStatus.Accepted : UploadLineStatus.Known;
            known[data.ExternalReference] = result.Reference;
            lines.Add(new UploadReportLine(row.Line, status, result.Reference,
                status == UploadLineStatus.Accepted ? result.Eligibility.Unmet.Select(u => new CsvProblem(CsvProblems.Unmet, u.Code)).ToList() : []));
        }

        return lines;
    }

    private static ReferralInput Input(UploadContext upload, ReferralCsvData data) =>
        new(upload.OrganisationId, upload.UserId, ApplicationSource.ReferralCsv, data.ExternalReference, data.Reason, data.Details,
            new ConsentChoices(data.ConsentToShare, false, false, ConsentMethod.PartnerSystem), upload.Language, Bsn: data.Bsn);

    private async Task<Dictionary<string, Programme>> ProgrammesAsync(IReadOnlyList<ReferralCsvRow> rows, CancellationToken ct)
    {
        var programmes = new Dictionary<string, Programme>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in rows.Where(r => r.Data is not null).Select(r => r.Data!.ProgrammeCode).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            programmes[code] = await intake.FindProgrammeAsync(code, ct) ?? throw new InvalidOperationException("The programme disappeared.");
        }

        return programmes;
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

    /// <summary>
    /// The programmes' applications with a birth date of the file or a BSN of the file (one query; the
    /// indexes on programme + birth date and on the BSN hash serve it).
    /// </summary>
    private async Task<LikelyDuplicates> DuplicateCandidatesAsync(IReadOnlyList<ReferralCsvRow> rows, Dictionary<string, Programme> programmes, CancellationToken ct)
    {
        var programmeIds = programmes.Values.Select(p => p.Id).ToList();
        var data = rows.Where(r => r.Data is not null).Select(r => r.Data!).ToList();
        var birthDates = data.Select(d => d.Details.BirthDate).Distinct().ToList();
        var candidates = new LikelyDuplicates();
        if (birthDates.Count == 0)
        {
            return candidates;
        }

        var hashes = bsnProtector is null ? [] : data.Where(d => d.Bsn is { Length: 9 }).Select(d => bsnProtector.Hash(d.Bsn!)).Distinct().ToList();
        var existing = await db.Applications.AsNoTracking()
            .Where(a => programmeIds.Contains(a.ProgrammeId) && (birthDates.Contains(a.BirthDate) || (a.BsnHash != null && hashes.Contains(a.BsnHash))))
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.ProgrammeId, a.BirthDate, a.GivenName, a.FamilyName, a.Email, a.BsnHash })
            .ToListAsync(ct);
        foreach (var a in existing)
        {
            candidates.AddExisting(a.Id, a.ProgrammeId, a.BirthDate, a.GivenName, a.FamilyName, a.Email, a.BsnHash);
        }

        return candidates;
    }
}
