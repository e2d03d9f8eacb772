using FluentValidation;
using Jobportunities.Core.Intake;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Jobportunities.Web.Features.Intake;

/// <summary>
/// The public intake form (nl/de/en, no JavaScript needed). Eligibility is assessed at once and
/// an ineligible application is still stored with its reasons; the answer is the confirmation page.
/// </summary>
[AllowAnonymous]
[Route("intake")]
public sealed class IntakeController(
    IntakeService intake,
    IValidator<IntakeForm> validator,
    IConfirmationMailer mailer,
    ILogger<IntakeController> logger) : Controller
{
    private const string ConfirmationKey = "intake.confirmation";

    [HttpGet("")]
    public async Task<IActionResult> Default(CancellationToken ct)
    {
        var programme = await intake.DefaultProgrammeAsync(ct);
        return programme is null ? NotFound() : RedirectToAction(nameof(Form), new { code = programme.Code });
    }

    [HttpGet("{code}")]
    public async Task<IActionResult> Form(string code, CancellationToken ct)
    {
        var programme = await intake.FindProgrammeAsync(code, ct);
        return programme is null
            ? NotFound()
            : View(new IntakePage(programme, new IntakeForm { SubmissionKey = Guid.NewGuid(), Country = "NL" }));
    }

    [HttpPost("{code}")]
    [EnableRateLimiting(RateLimitingSetup.PublicForm)]
    public async Task<IActionResult> Form(string code, [Bind(Prefix = "Form")] IntakeForm form, CancellationToken ct)
    {
        var programme = await intake.FindProgrammeAsync(code, ct);
        if (programme is null)
        {
            return NotFound();
        }

        if (programme.IsClosed)
        {
            // The page says the programme no longer takes applications; nothing is stored.
            Response.StatusCode = StatusCodes.Status410Gone;
            return View(new IntakePage(programme, form));
        }

        if (!string.IsNullOrEmpty(form.Website))
        {
            // A bot filled the hidden field: answer as if all went well, store nothing.
            logger.LogInformation("Intake honeypot filled; submission ignored");
            TempData[ConfirmationKey] = IntakeConfirmation.Serialize(new IntakeConfirmation("JP-RECEIVED", true, []));
            return RedirectToAction(nameof(Confirmation), new { code });
        }

        form.AsksWwEndDate = programme.Eligibility.WwEndWithinMonths is not null;
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (!ModelState.IsValid || form.SubmissionKey == Guid.Empty)
        {
            if (form.SubmissionKey == Guid.Empty)
            {
                form.SubmissionKey = Guid.NewGuid();
            }

            return View(new IntakePage(programme, form));
        }

        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var result = await intake.SubmitApplicationAsync(programme, form.ToDetails(), form.ToConsents(), form.SubmissionKey, language, ct);
        var confirmation = new IntakeConfirmation(result.Reference, result.Eligibility.IsEligible, result.Eligibility.Unmet.Select(u => u.Code).ToList());
        if (result.Created && !string.IsNullOrWhiteSpace(form.Email))
        {
            await mailer.SendAsync(form.Email, form.GivenName!, programme.Name, confirmation, ct);
        }

        TempData[ConfirmationKey] = IntakeConfirmation.Serialize(confirmation);
        return RedirectToAction(nameof(Confirmation), new { code });
    }

    [HttpGet("{code}/confirmation")]
    public async Task<IActionResult> Confirmation(string code, CancellationToken ct)
    {
        var programme = await intake.FindProgrammeAsync(code, ct);
        if (programme is null)
        {
            return NotFound();
        }

        // Peek: a refresh of the confirmation page still shows the reference.
        var confirmation = IntakeConfirmation.Deserialize(TempData.Peek(ConfirmationKey) as string);
        return confirmation is null ? RedirectToAction(nameof(Form), new { code }) : View(new ConfirmationPage(programme, confirmation));
    }
}
