using Jobportunities.Core.Common;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Infrastructure;

/// <summary>
/// The answer to a read of a file part only its keepers open (<c>ParticipantAccess.OpenForKeeperAsync</c>):
/// the page when allowed, 403 for others who may read the file, 404 for everyone else.
/// </summary>
public static class KeeperPages
{
    public static IActionResult PageOr<T>(this Controller controller, Result<T> result, Func<T, IActionResult> page) => result.Outcome switch
    {
        Outcome.Ok => page(result.Value!),
        Outcome.Refused => controller.Forbid(),
        _ => controller.NotFound(),
    };
}
