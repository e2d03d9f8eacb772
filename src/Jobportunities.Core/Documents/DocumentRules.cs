using System.IO.Compression;
using System.Text;

namespace Jobportunities.Core.Documents;

/// <summary>
/// The upload rules (docs/security.md, "Uploads"): the type is decided by the content (magic
/// bytes), never by the file name or the browser's content type; PDF, JPEG, PNG and DOCX only;
/// not empty; not over the configured size. The file name is only kept for display and the
/// download, sanitised here.
/// </summary>
public static class DocumentRules
{
    public const string Empty = "Empty";
    public const string TooLarge = "TooLarge";
    public const string TypeNotAllowed = "TypeNotAllowed";

    /// <summary>The default size limit when configuration sets none (Documents:MaxBytes).</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    public static readonly DocumentType Pdf = new("PDF", "application/pdf", ".pdf");
    public static readonly DocumentType Jpeg = new("JPEG", "image/jpeg", ".jpg");
    public static readonly DocumentType Png = new("PNG", "image/png", ".png");
    public static readonly DocumentType Docx = new("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>Checks the bytes; the detected type, or the reason for refusal (<see cref="Empty"/>, <see cref="TooLarge"/>, <see cref="TypeNotAllowed"/>).</summary>
    public static (DocumentType? Type, string? Problem) Check(byte[] content, long maxBytes)
    {
        if (content.Length == 0)
        {
            return (null, Empty);
        }

        if (content.Length > maxBytes)
        {
            return (null, TooLarge);
        }

        var type = Detect(content);
        return type is null ? (null, TypeNotAllowed) : (type, null);
    }

    /// <summary>The type by magic bytes; a ZIP counts as DOCX only with [Content_Types].xml and a word/ part.</summary>
    public static DocumentType? Detect(byte[] content)
    {
        var head = content.AsSpan();
        if (head.StartsWith(PdfMagic))
        {
            return Pdf;
        }

        if (head.StartsWith(PngMagic))
        {
            return Png;
        }

        if (head.StartsWith(JpegMagic))
        {
            return Jpeg;
        }

        return head.StartsWith(ZipMagic) && IsWordDocument(content) ? Docx : null;
    }

    /// <summary>
    /// The name to show and to download under: no folders (also not "..\" or "C:\"), no control or
    /// reserved characters, at most <see cref="Common.FieldLengths.Documents.FileName"/> characters,
    /// and always ending in the detected type's extension (so a PDF named "x.exe" downloads as "x.exe.pdf").
    /// </summary>
    public static string SafeFileName(string? original, DocumentType type)
    {
        var name = (original ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (!char.IsControl(c) && !char.IsSurrogate(c) && "<>:\"/\\|?*;%".IndexOf(c) < 0 && !char.IsWhiteSpace(c))
            {
                kept.Append(c);
            }
            else if (c == ' ')
            {
                kept.Append(' ');
            }
        }

        var stem = kept.ToString().Trim().Trim('.').Trim();
        if (stem.EndsWith(type.Extension, StringComparison.OrdinalIgnoreCase) || (type == Jpeg && stem.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)))
        {
            stem = stem[..stem.LastIndexOf('.')];
        }

        var max = Common.FieldLengths.Documents.FileName - type.Extension.Length;
        stem = stem.Length > max ? stem[..max].TrimEnd('.', ' ') : stem;
        return (stem.Length == 0 ? "document" : stem) + type.Extension;
    }

    private static bool IsWordDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var hasTypes = false;
            var hasWord = false;
            foreach (var entry in zip.Entries)
            {
                hasTypes |= entry.FullName == "[Content_Types].xml";
                hasWord |= entry.FullName.StartsWith("word/", StringComparison.Ordinal);
            }

            return hasTypes && hasWord;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
