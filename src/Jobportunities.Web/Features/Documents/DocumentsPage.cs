using System.Globalization;
using Jobportunities.Core.Documents;

namespace Jobportunities.Web.Features.Documents;

public sealed record DocumentsPage(DocumentList List, DocumentUploadForm Form, long MaxBytes)
{
    public static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.CurrentCulture);
}
