using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Core.Intake;

public sealed record ProgrammeChoice(string Code, string Name);

public sealed record UploadSummary(int Id, string FileName, DateTime UploadedUtc, int Accepted, int AlreadyKnown, int Rejected,
    ReferralUploadStatus Status = ReferralUploadStatus.Done, int Processed = 0, int Total = 0);

/// <summary>The stored upload's id, or why the whole file was refused (then nothing is stored).</summary>
public sealed record UploadResult(int? UploadId, IReadOnlyList<CsvProblem> FileProblems);

/// <summary>
/// A referrer's CSV upload: validates the file (<see cref="ReferralCsvParser"/>), stores the valid
/// rows set-based (<see cref="ReferralRowWriter"/>) and keeps the report. A file of more than
/// <see cref="InlineRows"/> lines is queued instead: the request answers at once and
/// <see cref="ReferralUploadWorker"/> stores it, reporting its progress on the upload's page.
/// Re-uploading a file creates nothing twice: the organisation's external reference is the key,
/// which also makes a queued upload safe to store again after a crash.
/// </summary>
public sealed class ReferralUploadService(AppDbContext db, ReferralRowWriter writer, ReferralUploadQueue queue, TimeProvider clock)
{
    /// <summary>Up to this many lines are stored within the request (well under a few seconds).</summary>
    public const int InlineRows = 2_000;

    /// <summary>A worker that took an upload and went silent this long ago (a crash) leaves it to another.</summary>
    public static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(10);

    public async Task<IReadOnlyList<ProgrammeChoice>> ProgrammesOfAsync(string userId, CancellationToken ct = default) =>
        await db.ProgrammeMembers.Where(m => m.UserId == userId)
            .OrderBy(m => m.Programme!.Name)
            .Select(m => new ProgrammeChoice(m.Programme!.Code, m.Programme.Name))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<UploadSummary>> ListAsync(int organisationId, CancellationToken ct = default) =>
        await db.ReferralUploads.Where(u => u.OrganisationId == organisationId)
            .OrderByDescending(u => u.UploadedUtc).ThenByDescending(u => u.Id)
            .Select(u => new UploadSummary(u.Id, u.FileName, u.UploadedUtc, u.Accepted, u.AlreadyKnown, u.Rejected, u.Status, u.Processed, u.Total))
            .Take(50)
            .ToListAsync(ct);

    /// <summary>Another organisation's upload does not exist for this one.</summary>
    public Task<ReferralUpload?> FindAsync(int organisationId, int id, CancellationToken ct = default) =>
        db.ReferralUploads.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id && u.OrganisationId == organisationId, ct);

    public async Task<UploadResult> UploadAsync(StaffUser user, string fileName, byte[] content, string language, CancellationToken ct = default)
    {
        var organisationId = user.OrganisationId ?? throw new InvalidOperationException("A referrer belongs to an organisation.");
        var (file, problems) = await ParseAsync(user.Id, content, ct);
        if (file is null)
        {
            return new UploadResult(null, problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        ReferralUpload upload;
        if (file.Rows.Count > InlineRows)
        {
            upload = ReferralUpload.Queue(organisationId, user.Id, CleanFileName(fileName), now, content, language, file.Rows.Count);
            db.ReferralUploads.Add(upload);
            await db.SaveChangesAsync(ct);
            queue.Wake();
            return new UploadResult(upload.Id, []);
        }

        var report = await writer.StoreAsync(new UploadContext(organisationId, user.Id, language), file.Rows, null, ct);
        upload = new ReferralUpload(organisationId, user.Id, CleanFileName(fileName), now,
            report.Count(l => l.Status == UploadLineStatus.Accepted), report.Count(l => l.Status == UploadLineStatus.Known),
            report.Count(l => l.Status == UploadLineStatus.Rejected), ReferralUploadReport.Write(report));
        db.ReferralUploads.Add(upload);
        await db.SaveChangesAsync(ct);
        return new UploadResult(upload.Id, []);
    }

    /// <summary>
    /// Takes the oldest queued upload (or one whose worker went silent) and stores it; false when
    /// none waits. The claim is a conditional update, so two app instances never store one upload at once.
    /// </summary>
    public async Task<bool> ProcessNextAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now - StaleClaim;
        var next = await db.ReferralUploads.AsNoTracking()
            .Where(u => u.Status == ReferralUploadStatus.Queued || (u.Status == ReferralUploadStatus.Processing && u.ClaimedUtc < stale))
            .OrderBy(u => u.UploadedUtc).ThenBy(u => u.Id)
            .Select(u => new { u.Id, u.Status, u.ClaimedUtc })
            .FirstOrDefaultAsync(ct);
        if (next is null)
        {
            return false;
        }

        var claimed = await db.ReferralUploads
            .Where(u => u.Id == next.Id && u.Status == next.Status && u.ClaimedUtc == next.ClaimedUtc)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, ReferralUploadStatus.Processing).SetProperty(x => x.ClaimedUtc, now).SetProperty(x => x.Processed, 0), ct);
        if (claimed == 1)
        {
            await StoreQueuedAsync(next.Id, ct);
        }

        return true;
    }

    private async Task StoreQueuedAsync(int id, CancellationToken ct)
    {
        var upload = await db.ReferralUploads.SingleAsync(u => u.Id == id, ct);
        var (file, problems) = await ParseAsync(upload.UserId, upload.PendingContent ?? [], ct);
        IReadOnlyList<UploadReportLine> report = file is null
            ? [new UploadReportLine(0, UploadLineStatus.Rejected, null, problems)]
            : await writer.StoreAsync(new UploadContext(upload.OrganisationId, upload.UserId, upload.Language), file.Rows,
                (done, token) => db.ReferralUploads.Where(u => u.Id == id)
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.Processed, done).SetProperty(x => x.ClaimedUtc, clock.GetUtcNow().UtcDateTime), token),
                ct);

        upload = await db.ReferralUploads.SingleAsync(u => u.Id == id, ct);
        upload.Complete(report.Count(l => l.Status == UploadLineStatus.Accepted), report.Count(l => l.Status == UploadLineStatus.Known),
            report.Count(l => l.Status == UploadLineStatus.Rejected), ReferralUploadReport.Write(report));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>The file's rows for the programmes the user refers to (closed ones excepted), or why the whole file is refused.</summary>
    private async Task<(ReferralCsvFile? File, IReadOnlyList<CsvProblem> Problems)> ParseAsync(string userId, byte[] content, CancellationToken ct)
    {
        // A closed programme takes no referrals: its rows are refused like an unknown programme's.
        var closed = await db.Programmes.Where(p => p.ClosedUtc != null).Select(p => p.Code).ToListAsync(ct);
        var programmes = (await ProgrammesOfAsync(userId, ct)).Where(p => !closed.Contains(p.Code)).ToList();
        if (programmes.Count == 0)
        {
            return (null, [new CsvProblem(CsvProblems.NoProgramme)]);
        }

        var file = ReferralCsvParser.Parse(content, programmes.Select(p => p.Code).ToList(), clock.Today());
        return file.IsReadable ? (file, []) : (null, file.FileProblems);
    }

    private static string CleanFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        return name.Length == 0 ? "upload.csv" : name.Length > 200 ? name[..200] : name;
    }
}
