using Jobportunities.Core.Documents;

namespace Jobportunities.Web.Features.Documents;

public sealed class DocumentUploadForm
{
    /// <summary>
    /// The ceiling of an upload request, above any configured document size: up to here the form
    /// answers with a message naming the limit; a body above it is refused (413) before it is read.
    /// </summary>
    public const long MaxRequestBytes = 64 * 1024 * 1024;

    public DocumentKind? Kind { get; set; }

    public IFormFile? File { get; set; }
}
