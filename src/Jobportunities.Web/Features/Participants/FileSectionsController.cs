using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Jobportunities.Web.Features.Participants;

/// <summary>
/// The edit page of one section of the file (the file itself reads first): without JavaScript the
/// "Edit" action of a section opens this page; its form posts where the file's forms always posted.
/// Those who may edit the file (own coach, stand-in) open it; others who may read the file get 403.
/// </summary>
[Authorize(Policy = Policies.FileAccess)]
[Route("participants/{id:int}")]
public sealed class FileSectionsController(FilePageBuilder pages) : Controller
{
    [HttpGet("profile/edit")]
    public Task<IActionResult> Profile(int id, CancellationToken ct) => EditAsync(id, FileSections.Profile, ct);

    [HttpGet("phase/edit")]
    public Task<IActionResult> Phase(int id, CancellationToken ct) => EditAsync(id, FileSections.Phase, ct);

    [HttpGet("scan/edit")]
    public Task<IActionResult> Scan(int id, CancellationToken ct) => EditAsync(id, FileSections.Scan, ct);

    [HttpGet("ladder/edit")]
    public Task<IActionResult> Ladder(int id, CancellationToken ct) => EditAsync(id, FileSections.Ladder, ct);

    [HttpGet("barriers/edit")]
    public Task<IActionResult> Barriers(int id, CancellationToken ct) => EditAsync(id, FileSections.Barriers, ct);

    private async Task<IActionResult> EditAsync(int id, string section, CancellationToken ct)
    {
        var model = await pages.BuildEditAsync(this, id, section, ct: ct);
        return model is null ? NotFound() : model.File.Rights.CanEdit ? View(FilePageBuilder.EditView, model) : Forbid();
    }
}
