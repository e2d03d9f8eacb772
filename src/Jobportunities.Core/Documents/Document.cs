namespace Jobportunities.Core.Documents;

/// <summary>
/// A document kept with a participant's file (CV, certificate, signed plan, payslip, ...): the
/// metadata only. The bytes live in the <see cref="IDocumentStore"/> under <see cref="ContentKey"/>,
/// so lists never load them (docs/adr/0022-documents-in-the-database-behind-a-store.md).
/// </summary>
public sealed class Document
{
    private Document()
    {
    }

    public Document(int participantId, DocumentKind kind, string fileName, string contentType, long sizeBytes, string sha256, string uploadedByUserId, DateTime uploadedUtc)
    {
        ParticipantId = participantId;
        Kind = kind;
        FileName = fileName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        UploadedByUserId = uploadedByUserId;
        UploadedUtc = uploadedUtc;
        ContentKey = Guid.NewGuid();
    }

    public int Id { get; private set; }

    public int ParticipantId { get; private set; }

    public DocumentKind Kind { get; private set; }

    /// <summary>The original file name, sanitised (<see cref="DocumentRules.SafeFileName"/>).</summary>
    public string FileName { get; private set; } = "";

    /// <summary>The content type as detected from the bytes, never as the browser said.</summary>
    public string ContentType { get; private set; } = "";

    public long SizeBytes { get; private set; }

    /// <summary>Hex SHA-256 of the bytes: the same file under the same type is kept once (a second click).</summary>
    public string Sha256 { get; private set; } = "";

    public Guid ContentKey { get; private set; }

    public string UploadedByUserId { get; private set; } = "";

    public DateTime UploadedUtc { get; private set; }
}
