using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Trajectories;

/// <summary>
/// Renders a result in a given culture, whatever the signed-in user's UI language: the printed
/// plan is in the participant's language. The culture is set around the rendering itself,
/// because a culture set inside the async action does not flow back to where the view runs.
/// </summary>
public sealed class CultureViewResult(IActionResult inner, CultureInfo culture) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            context.HttpContext.Response.Headers.ContentLanguage = culture.Name;
            await inner.ExecuteResultAsync(context);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
