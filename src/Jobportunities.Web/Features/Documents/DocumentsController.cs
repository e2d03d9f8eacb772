using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Documents;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Documents;

/// <summary>Documents on a participant's file: the list with the upload form, download and delete (docs/roles-and-rights.md, "Documents").</summary>
[Authorize(Policy = Policies.FileAccess)]
[Route("participants/{id:int}/documents")]
public sealed class DocumentsController(DocumentService documents, DocumentLimits limits, IValidator<DocumentUploadForm> validator, IStringLocalizer<SharedResource> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken ct) => await PageAsync(id, new DocumentUploadForm(), ct);

    [HttpPost("")]
    [RequestSizeLimit(DocumentUploadForm.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = DocumentUploadForm.MaxRequestBytes)]
    public async Task<IActionResult> Upload(int id, [Bind(Prefix = "Form")] DocumentUploadForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).AddTo(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return await PageAsync(id, form, ct);
        }

        using var content = new MemoryStream((int)form.File!.Length);
        await form.File.CopyToAsync(content, ct);
        var result = await documents.UploadAsync(User.ToStaffUser(), id, new DocumentUpload(form.Kind!.Value, form.File.FileName, content.ToArray()), ct);
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData["Notice"] = texts["Documents.Uploaded"].Value;
                return RedirectToAction(nameof(Index), new { id });
            case Outcome.Invalid:
                ModelState.AddModelError("Form.File", DocumentUploadFormValidator.Problem(texts, result.ErrorCode!, limits.MaxBytes));
                return await PageAsync(id, form, ct);
            case Outcome.Refused:
                return Forbid();
            default:
                return NotFound();
        }
    }

    /// <summary>Always an attachment under the sanitised name, with the detected type and nosniff: never shown inline from the site's origin.</summary>
    [HttpGet("{documentId:int}")]
    public async Task<IActionResult> Download(int id, int documentId, CancellationToken ct)
    {
        var result = await documents.DownloadAsync(User.ToStaffUser(), id, documentId, ct);
        if (result.Value is not { } file)
        {
            return result.Outcome == Outcome.Refused ? Forbid() : NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, file.ContentType, file.FileName);
    }

    [HttpPost("{documentId:int}/delete")]
    public async Task<IActionResult> Delete(int id, int documentId, CancellationToken ct)
    {
        var result = await documents.DeleteAsync(User.ToStaffUser(), id, documentId, ct);
        switch (result.Outcome)
        {
            case Outcome.Ok:
                TempData["Notice"] = texts["Documents.Deleted"].Value;
                return RedirectToAction(nameof(Index), new { id });
            case Outcome.Invalid:
                ModelState.AddModelError(string.Empty, texts["Documents.Error.IsEvidence"]);
                return await PageAsync(id, new DocumentUploadForm(), ct);
            case Outcome.Refused:
                return Forbid();
            default:
                // A second click on delete: the document is gone already.
                return NotFound();
        }
    }

    private async Task<IActionResult> PageAsync(int id, DocumentUploadForm form, CancellationToken ct)
    {
        // A file input never gets its file back: the type chosen is kept, the file is chosen again.
        var list = await documents.ListAsync(User.ToStaffUser(), id, ct);
        return this.PageOr(list, files => View("Index", new DocumentsPage(files, new DocumentUploadForm { Kind = form.Kind }, limits.MaxBytes)));
    }
}
