using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Errors;

/// <summary>
/// Friendly error pages. A server error shows a reference id that is also in the log. A request the
/// server refused as malformed or too large (BadHttpRequestException) is the client's error: it keeps
/// its 4xx status and is logged as a warning. Re-executed posts reach these actions too, so they
/// never ask for an antiforgery token.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorsController(ILogger<ErrorsController> logger) : Controller
{
    [Route("/error")]
    public async Task<IActionResult> ServerError()
    {
        var reference = HttpContext.TraceIdentifier;
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var status = StatusCodes.Status500InternalServerError;
        if (feature?.Error is BadHttpRequestException bad)
        {
            status = bad.StatusCode;
            logger.LogWarning("Request refused with {Status}: {Reason}, path {Path}", status, bad.Message, feature.Path);
        }
        else if (feature is not null)
        {
            logger.LogError(feature.Error, "Unhandled error, reference {ReferenceId}, path {Path}", reference, feature.Path);
        }

        if (feature?.Path?.StartsWith("/api", StringComparison.OrdinalIgnoreCase) == true)
        {
            await SecuritySetup.WriteProblemAsync(HttpContext, status);
            return new EmptyResult();
        }

        Response.StatusCode = status;
        return status == StatusCodes.Status500InternalServerError ? View("ServerError", reference) : View("Status", status);
    }

    // From the route only: a re-executed form post with a field "status" must not change the page.
    [Route("/error/{status:int}")]
    public IActionResult Status([FromRoute] int status)
    {
        // Only real client and server error codes; /error/42 is simply not found.
        status = status is >= 400 and <= 599 ? status : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        return View("Status", status);
    }
}
