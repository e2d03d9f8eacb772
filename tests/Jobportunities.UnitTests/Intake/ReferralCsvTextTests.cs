using Jobportunities.Core.Intake;
using static Jobportunities.UnitTests.Intake.ReferralCsvParserTests;

namespace Jobportunities.UnitTests.Intake;

/// <summary>The CSV reader under the upload: physical line numbers, quoting and the delimiter.</summary>
public class ReferralCsvTextTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Read_QuotedFieldSpanningTwoLines_NextRecordStartsOnTheLineAfter(string newLine)
    {
        var text = string.Join(newLine, "ref;reason", "A-1;\"eerste regel", "tweede regel\"", "A-2;kort", "", "A-3;laatste");

        var records = ReferralCsvText.Read(text, ';').Where(r => !r.IsBlank).ToList();

        Assert.Equal([1, 2, 4, 6], records.Select(r => r.Line));
        Assert.Equal("eerste regel" + newLine + "tweede regel", records[1].Fields[1]);
        Assert.Equal(["A-2", "kort"], records[2].Fields);
        Assert.All(records, r => Assert.False(r.QuoteNotClosed));
    }

    [Fact]
    public void Parse_RowAfterQuotedReasonOverTwoCrLfLines_KeepsItsPhysicalLineNumber()
    {
        var twoLineReason = ValidRow.Replace("Wil graag werken", "\"Wil graag\r\nwerken\"");
        var content = System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", Header, twoLineReason, ValidRow.Replace("EXT-1", "EXT-2")));

        var file = ReferralCsvParser.Parse(content, ["new-jobportunities-2"], new DateOnly(2026, 6, 1));

        Assert.Equal([2, 4], file.Rows.Select(r => r.Line));
        Assert.Equal("Wil graag\r\nwerken", file.Rows[0].Data!.Reason);
        Assert.True(file.Rows[1].IsValid);
    }

    [Fact]
    public void Read_FlagsOnlyTheRecordWhoseQuoteIsNeverClosed()
    {
        var records = ReferralCsvText.Read("a;b\n\"x;\"\"y\"\"\";1\nc;\"open\nd;e", ';').ToList();

        Assert.Equal([1, 2, 3], records.Select(r => r.Line));
        Assert.Equal("x;\"y\"", records[1].Fields[0]);
        Assert.Equal([false, false, true], records.Select(r => r.QuoteNotClosed));
        Assert.Equal("open\nd;e", records[2].Fields[1]);
    }

    [Theory]
    [InlineData("a;b;c\nx,y;z;w", ';')]
    [InlineData("a,\"b;c\",d\nx;y", ',')]
    [InlineData("a;b;c", ';')]
    [InlineData("a\tb\tc", ';')]
    public void DetectDelimiter_ReadsTheHeaderLine(string text, char expected) =>
        Assert.Equal(expected, ReferralCsvText.DetectDelimiter(text));
}
