using Jobportunities.Core.Data;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Jobportunities.Core.Privacy;

/// <summary>
/// Applies <see cref="RetentionRule"/> to every programme: exited participant files and
/// applications that never became participants, each with its programme's months; and the
/// row reports of referral CSV uploads. Every step is conditional, so running it twice, or on
/// two instances at once, anonymises each record once.
/// </summary>
public sealed class RetentionService(AppDbContext db, AnonymisationService anonymiser, ILogger<RetentionService> logger)
{
    public async Task<RetentionRun> RunAsync(DateOnly today, CancellationToken ct = default)
    {
        var programmes = await db.Programmes.AsNoTracking()
            .Select(p => new { p.Id, p.RetentionMonthsAfterExit, p.RetentionMonthsForApplications }).ToListAsync(ct);
        var (participants, applications) = (0, 0);
        foreach (var programme in programmes)
        {
            var exitedBy = RetentionRule.LatestDueEventDate(today, programme.RetentionMonthsAfterExit);
            var dueFiles = await db.Participants.AsNoTracking()
                .Where(p => p.ProgrammeId == programme.Id && p.Phase == Phase.Exited && p.AnonymisedOn == null && p.ExitDate <= exitedBy)
                .OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
            foreach (var id in dueFiles)
            {
                participants += await anonymiser.AnonymiseParticipantAsync(id, today, ct: ct) ? 1 : 0;
            }

            // Declined on or before the last due day. One still waiting for a decision stays: it can
            // still be accepted (the queue's signals flag it), and a file needs the name.
            var before = RetentionRule.LatestDueEventDate(today, programme.RetentionMonthsForApplications).AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var dueApplications = await db.Applications.AsNoTracking()
                .Where(a => a.ProgrammeId == programme.Id && a.AnonymisedOn == null && a.Status == ApplicationStatus.Declined
                    && (a.DecidedUtc ?? a.SubmittedUtc) < before
                    && !db.Participants.Any(p => p.ApplicationId == a.Id))
                .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
            foreach (var id in dueApplications)
            {
                applications += await anonymiser.AnonymiseApplicationAsync(id, today, ct) ? 1 : 0;
            }
        }

        var uploadsBefore = RetentionRule.LatestDueEventDate(today, RetentionRule.UploadReportMonths).AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var uploads = await db.ReferralUploads.Where(u => u.UploadedUtc < uploadsBefore && u.ReportCsv != "")
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.ReportCsv, ""), ct);
        var run = new RetentionRun(participants, applications, uploads);
        logger.LogInformation("Retention: {Participants} participant files, {Applications} applications and {Uploads} upload reports anonymised",
            run.Participants, run.Applications, run.UploadReports);
        return run;
    }
}
