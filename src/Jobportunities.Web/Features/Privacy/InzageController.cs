using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jobportunities.Core.Privacy;
using Jobportunities.Web.Features.Trajectories;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Jobportunities.Web.Features.Privacy;

/// <summary>Inzage (subject access): a page with two downloads, the readable document and the JSON file.</summary>
[Authorize(Policy = Policies.SubjectAccess)]
[Route("participants/{id:int}")]
public sealed class InzageController(InzageService inzage) : Controller
{
    private static readonly string[] Languages = ["nl", "de", "en"];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    [HttpGet("inzage")]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        var found = await inzage.FindAsync(User.ToStaffUser(), id, ct);
        return found is null ? NotFound() : View(new InzagePage(id, found.Value.Reference));
    }

    [HttpGet("inzage.json")]
    public async Task<IActionResult> JsonFile(int id, CancellationToken ct)
    {
        var document = await inzage.ExportAsync(User.ToStaffUser(), id, "json", ct);
        if (document is null)
        {
            return NotFound();
        }

        NoStore();
        return File(JsonSerializer.SerializeToUtf8Bytes(document, JsonOptions), "application/json; charset=utf-8", $"inzage-{document.Reference}.json");
    }

    [HttpGet("inzage.html")]
    public async Task<IActionResult> HtmlFile(int id, CancellationToken ct)
    {
        var document = await inzage.ExportAsync(User.ToStaffUser(), id, "html", ct);
        if (document is null)
        {
            return NotFound();
        }

        NoStore();
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"inzage-{document.Reference}.html" }.ToString();
        var culture = CultureInfo.GetCultureInfo(Languages.Contains(document.Language) ? document.Language : "nl");
        return new CultureViewResult(View("Document", document), culture);
    }

    private void NoStore()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers.Pragma = "no-cache";
    }
}
