using System.Globalization;
using FluentValidation;
using Jobportunities.Core.Intake;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Api;

/// <summary>
/// Referrals from partner systems (docs/product.md section 3), authenticated by the organisation's API
/// key. An organisation sees only its own referrals, as far as the participant's consent allows.
/// Request bodies are personal data: they are never logged.
/// </summary>
[ApiController]
[Route("api/v1/referrals")]
[IgnoreAntiforgeryToken]
[Authorize(AuthenticationSchemes = ApiKeyAuthentication.Scheme)]
[EnableRateLimiting(RateLimitingSetup.Api)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
public sealed class ReferralsApiController(
    IntakeService intake,
    ReferralTrackingService tracking,
    IValidator<ReferralRequest> validator,
    IStringLocalizer<SharedResource> texts) : ControllerBase
{
    /// <summary>Submits a referral; the same externalReference again answers 200 with the first one.</summary>
    [HttpPost("")]
    [Consumes("application/json")]
    [ProducesResponseType<ReferralSubmittedResponse>(StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType<ReferralSubmittedResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status410Gone, "application/problem+json")]
    public async Task<IActionResult> Submit(ReferralRequest request, CancellationToken ct)
    {
        // The programme first: a closed one answers 410 whatever the fields, and its rules decide whether wwEndDate is required.
        // A programme the key's organisation is no partner of answers exactly as an unknown one.
        var programme = string.IsNullOrWhiteSpace(request.Programme) ? null : await intake.FindPartnerProgrammeAsync(request.Programme.Trim(), OrganisationId, ct);
        if (programme is { IsClosed: true })
        {
            return Problem(statusCode: StatusCodes.Status410Gone, type: "https://tools.ietf.org/html/rfc9110#section-15.5.11",
                title: texts["Api.ProgrammeClosed"], detail: texts["Api.ProgrammeClosed.Detail", programme.Code]);
        }

        request.AsksWwEndDate = programme?.Eligibility.WwEndWithinMonths is not null;
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return ApiProblems.Validation(ControllerContext);
        }

        if (programme is null)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: texts["Api.ProgrammeNotFound"]);
        }

        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var (result, status) = await tracking.SubmitAsync(ActorId, programme, request.ToInput(OrganisationId, language), ct);
        var body = ReferralSubmittedResponse.From(status, texts);
        return result.Created ? Created($"{Request.PathBase}/api/v1/referrals/{Uri.EscapeDataString(result.Reference)}", body) : Ok(body);
    }

    /// <summary>One of the organisation's own referrals; any other reference is 404.</summary>
    [HttpGet("{reference}")]
    [ProducesResponseType<ReferralResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(string reference, CancellationToken ct)
    {
        var status = await tracking.FindAsync(ActorId, OrganisationId, reference, ct);
        return status is null ? NotFound() : Ok(ReferralResponse.From(status, texts));
    }

    private string ActorId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;

    private int OrganisationId => int.Parse(User.FindFirst(CurrentUser.OrganisationClaim)!.Value, CultureInfo.InvariantCulture);
}
