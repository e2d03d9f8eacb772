using System.IO.Compression;
using Jobportunities.Core.Documents;

namespace Jobportunities.UnitTests.Documents;

/// <summary>The upload rules: the type by its content (magic bytes), never by the name; empty and too large refused; names made safe.</summary>
public class DocumentRulesTests
{
    private const long Limit = 1024;

    private static readonly byte[] PdfBytes = "%PDF-1.7\n%%EOF"u8.ToArray();
    private static readonly byte[] JpegBytes = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];
    private static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

    private static byte[] Zip(params string[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public void Check_RecognisesAPdf_ByItsMagicBytes() => Assert.Equal(DocumentRules.Pdf, DocumentRules.Check(PdfBytes, Limit).Type);

    [Fact]
    public void Check_RecognisesAJpeg_ByItsMagicBytes() => Assert.Equal(DocumentRules.Jpeg, DocumentRules.Check(JpegBytes, Limit).Type);

    [Fact]
    public void Check_RecognisesAPng_ByItsSignature() => Assert.Equal(DocumentRules.Png, DocumentRules.Check(PngBytes, Limit).Type);

    [Fact]
    public void Check_RecognisesADocx_AsAZipWithContentTypesAndAWordPart() =>
        Assert.Equal(DocumentRules.Docx, DocumentRules.Check(Zip("[Content_Types].xml", "word/document.xml"), 10_000).Type);

    [Fact]
    public void Check_RefusesAnOtherZip_EvenWithContentTypes() =>
        Assert.Equal(DocumentRules.TypeNotAllowed, DocumentRules.Check(Zip("[Content_Types].xml", "xl/workbook.xml"), 10_000).Problem);

    [Fact]
    public void Check_RefusesAWindowsExecutable_WhateverItIsCalled() =>
        Assert.Equal(DocumentRules.TypeNotAllowed, DocumentRules.Check([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], Limit).Problem);

    [Fact]
    public void Check_RefusesHtml_ThatClaimsToBeAPdf() =>
        Assert.Equal(DocumentRules.TypeNotAllowed, DocumentRules.Check("<html><body>%PDF-</body></html>"u8.ToArray(), Limit).Problem);

    [Fact]
    public void Check_RefusesABrokenZip() =>
        Assert.Equal(DocumentRules.TypeNotAllowed, DocumentRules.Check([0x50, 0x4B, 0x03, 0x04, 0x01, 0x02, 0x03], Limit).Problem);

    [Fact]
    public void Check_RefusesAnEmptyFile() => Assert.Equal(DocumentRules.Empty, DocumentRules.Check([], Limit).Problem);

    [Fact]
    public void Check_RefusesAFileOverTheLimit_AndTakesOneExactlyAtIt()
    {
        var atLimit = new byte[Limit];
        PdfBytes.CopyTo(atLimit, 0);
        var over = new byte[Limit + 1];
        PdfBytes.CopyTo(over, 0);

        Assert.Equal(DocumentRules.Pdf, DocumentRules.Check(atLimit, Limit).Type);
        Assert.Equal(DocumentRules.TooLarge, DocumentRules.Check(over, Limit).Problem);
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("..\\..\\Windows\\evil.exe", "evil.exe.pdf")]
    [InlineData("C:\\Users\\jan\\loonstrook maart.PDF", "loonstrook maart.pdf")]
    [InlineData("loon<script>.pdf", "loonscript.pdf")]
    [InlineData("a\u0000b\r\n.pdf", "ab.pdf")]
    [InlineData("...", "document.pdf")]
    [InlineData(null, "document.pdf")]
    public void SafeFileName_KeepsNoFoldersOrControlCharacters_AndEndsInTheDetectedType(string? original, string expected) =>
        Assert.Equal(expected, DocumentRules.SafeFileName(original, DocumentRules.Pdf));

    [Fact]
    public void SafeFileName_ShortensAHugeName_KeepingTheExtension()
    {
        var name = DocumentRules.SafeFileName(new string('x', 5000) + ".jpg", DocumentRules.Jpeg);

        Assert.Equal(Core.Common.FieldLengths.Documents.FileName, name.Length);
        Assert.EndsWith(".jpg", name);
    }
}
