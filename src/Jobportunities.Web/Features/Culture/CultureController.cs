using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Jobportunities.Web.Infrastructure;

namespace Jobportunities.Web.Features.Culture;

/// <summary>The language switch: a small form in the header, so it works without JavaScript.</summary>
[AllowAnonymous]
public sealed class CultureController : Controller
{
    [HttpPost("/culture")]
    public IActionResult Set(string culture, string? returnUrl)
    {
        if (!LocalizationSetup.SupportedCultures.Contains(culture))
        {
            culture = LocalizationSetup.DefaultCulture;
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

        // A ?culture= in the return address would override the cookie just set: drop it.
        var target = Url.IsLocalUrl(returnUrl) ? StripCultureQuery(returnUrl!) : "/";
        return LocalRedirect(target);
    }

    private static string StripCultureQuery(string url)
    {
        var index = url.IndexOf('?', StringComparison.Ordinal);
        if (index < 0)
        {
            return url;
        }

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url[index..]);
        var kept = query.Where(q => !q.Key.Equals("culture", StringComparison.OrdinalIgnoreCase) && !q.Key.Equals("ui-culture", StringComparison.OrdinalIgnoreCase));
        var path = url[..index];
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, kept.SelectMany(k => k.Value.Select(v => new KeyValuePair<string, string?>(k.Key, v))));
    }
}
