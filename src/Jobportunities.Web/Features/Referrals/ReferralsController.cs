using System.Globalization;
using FluentValidation;
using Jobportunities.Core.Intake;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Referrals;

/// <summary>
/// Referrers (UWV, Agentur für Arbeit) refer candidates one by one or as a CSV file and follow
/// their organisation's referrals. Everything is scoped to the user's organisation.
/// </summary>
[Authorize(Policy = Policies.Referring)]
[RequireOrganisation]
[Route("referrals")]
public sealed class ReferralsController(
    ReferralTrackingService tracking,
    ReferralUploadService uploads,
    IntakeService intake,
    IValidator<ReferralForm> validator,
    IValidator<ReferralUploadForm> uploadValidator,
    IStringLocalizer<SharedResource> texts) : Controller
{
    /// <summary>Room for the multipart envelope around a file just over the limit, so it gets a friendly message.</summary>
    private const long MaxRequestBytes = 2L * ReferralCsvParser.MaxBytes;

    private int OrganisationId => User.ToStaffUser().OrganisationId!.Value;

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct, int page = 1)
    {
        var programmes = await uploads.ProgrammesOfAsync(User.ToStaffUser().Id, ct);
        return View(new ReferralsPage(await tracking.ListAsync(User.ToStaffUser().Id, OrganisationId, page, ct), await uploads.ListAsync(OrganisationId, ct),
            programmes.ToDictionary(p => p.Code, p => p.Name)));
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var programmes = await uploads.ProgrammesOfAsync(User.ToStaffUser().Id, ct);
        var form = new ReferralForm { SubmissionKey = Guid.NewGuid(), ProgrammeCode = programmes.Count == 1 ? programmes[0].Code : null };
        return View(new ReferralFormPage(form, programmes));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] ReferralForm form, CancellationToken ct)
    {
        var user = User.ToStaffUser();
        var programmes = await uploads.ProgrammesOfAsync(user.Id, ct);
        var chosen = programmes.FirstOrDefault(p => p.Code == form.ProgrammeCode);
        var programme = chosen is null ? null : await intake.FindProgrammeAsync(chosen.Code, ct);
        form.AsksWwEndDate = programme?.Eligibility.WwEndWithinMonths is not null;
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (chosen is null && !string.IsNullOrEmpty(form.ProgrammeCode))
        {
            ModelState.AddModelError("Form.ProgrammeCode", texts["Referrals.ProgrammeRequired"]);
        }
        else if (programme is { IsClosed: true })
        {
            ModelState.AddModelError("Form.ProgrammeCode", texts["Referrals.ProgrammeClosed", programme.Name]);
        }

        if (!ModelState.IsValid || programme is null)
        {
            return View(new ReferralFormPage(form, programmes));
        }

        var result = await intake.SubmitReferralAsync(programme, form.ToInput(OrganisationId, user.Id, Language), ct);
        var eligibility = result.Eligibility.IsEligible
            ? texts["Referrals.Eligible"].Value
            : texts["Referrals.NotEligible", texts.UnmetConditions(result.Eligibility.Unmet.Select(u => u.Code))].Value;
        TempData["Notice"] = $"{texts[result.Created ? "Referrals.Created" : "Referrals.AlreadyKnown", result.Reference]} {eligibility}";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("upload")]
    public IActionResult Upload() => View(new ReferralUploadPage(new ReferralUploadForm()));

    [HttpPost("upload")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Upload([Bind(Prefix = "Form")] ReferralUploadForm form, CancellationToken ct)
    {
        var problems = (await uploadValidator.ValidateAsync(form, ct)).Errors.Select(e => e.ErrorMessage).ToList();
        if (problems.Count == 0)
        {
            using var content = new MemoryStream((int)form.File!.Length);
            await form.File.CopyToAsync(content, ct);
            var result = await uploads.UploadAsync(User.ToStaffUser(), form.File.FileName, content.ToArray(), Language, ct);
            if (result.UploadId is { } id)
            {
                return RedirectToAction(nameof(UploadReport), new { id });
            }

            problems.AddRange(result.FileProblems.Select(p => texts.Problem(p)));
        }

        problems.ForEach(p => ModelState.AddModelError("Form.File", p));
        return View(new ReferralUploadPage(new ReferralUploadForm()));
    }

    [HttpGet("uploads/{id:int}")]
    public async Task<IActionResult> UploadReport(int id, CancellationToken ct)
    {
        var upload = await uploads.FindAsync(OrganisationId, id, ct);
        return upload is null ? NotFound() : View(new UploadReportPage(upload, ReferralUploadReport.Read(upload.ReportCsv)));
    }

    [HttpGet("uploads/{id:int}/report.csv")]
    public async Task<IActionResult> ReportCsv(int id, CancellationToken ct)
    {
        var upload = await uploads.FindAsync(OrganisationId, id, ct);
        if (upload is null)
        {
            return NotFound();
        }

        if (!upload.IsDone)
        {
            return RedirectToAction(nameof(UploadReport), new { id });
        }

        var date = ReferralTexts.Local(upload.UploadedUtc);
        return File(texts.ReportCsv(ReferralUploadReport.Read(upload.ReportCsv)), "text/csv; charset=utf-8",
            $"referral-report-{date:yyyy-MM-dd}-{upload.Id}.csv");
    }
}
