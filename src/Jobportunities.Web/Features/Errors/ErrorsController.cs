using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Errors;

/// <summary>Friendly error pages. A server error shows a reference id that is also in the log.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class ErrorsController(ILogger<ErrorsController> logger) : Controller
{
    [Route("/error")]
    public IActionResult ServerError()
    {
        var reference = HttpContext.TraceIdentifier;
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (feature is not null)
        {
            logger.LogError(feature.Error, "Unhandled error, reference {ReferenceId}, path {Path}", reference, feature.Path);
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("ServerError", reference);
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
