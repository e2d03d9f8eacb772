using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Errors;

/// <summary>Friendly error pages. A server error shows a reference id that is also in the log.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
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

    [Route("/error/{status:int}")]
    public IActionResult Status(int status)
    {
        Response.StatusCode = status;
        return View("Status", status);
    }
}
