using System.Text;
using Jobportunities.Core.Intake;
using static Jobportunities.UnitTests.Intake.ReferralCsvParserTests;

namespace Jobportunities.UnitTests.Intake;

/// <summary>Problems that refuse the whole file, so nothing of it is stored.</summary>
public class ReferralCsvFileTests
{
    private static readonly string[] OneProgramme = ["new-jobportunities-2"];

    private static IReadOnlyList<string> FileProblems(byte[] content) =>
        ReferralCsvParser.Parse(content, OneProgramme, new DateOnly(2026, 6, 1)).FileProblems.Select(p => p.ToString()).ToList();

    [Fact]
    public void EmptyFile_IsRefused() => Assert.Equal(["Empty"], FileProblems([]));

    [Fact]
    public void FileWithOnlyBomAndBlankLines_IsEmpty() =>
        Assert.Equal(["Empty"], FileProblems([.. Encoding.UTF8.GetPreamble(), .. "\r\n \n"u8.ToArray()]));

    [Fact]
    public void HeaderWithoutRows_IsRefused() => Assert.Equal(["NoRows"], FileProblems(Utf8(Header, "")));

    [Fact]
    public void Latin1File_IsRefused_AsWrongEncoding()
    {
        var latin1 = Encoding.Latin1.GetBytes(Header + "\n" + ValidRow.Replace("de Vries", "Müller"));
        Assert.Equal(["WrongEncoding"], FileProblems(latin1));
    }

    [Fact]
    public void MissingAndUnknownColumns_AreNamed()
    {
        var header = Header.Replace("birthDate", "geboortedatum").Replace(";phone", "").Replace(";reason", ";reason;reason");
        Assert.Equal(
            ["MissingColumns:birthDate, phone", "UnknownColumns:geboortedatum", "DuplicateColumns:reason"],
            FileProblems(Utf8(header, ValidRow)));
    }

    [Fact]
    public void ConsentColumn_IsOptional_AndDefaultsToNo()
    {
        var file = ReferralCsvParser.Parse(
            Utf8(Header.Replace(";consentToShare", ""), ValidRow.Replace(";ja", "")), OneProgramme, new DateOnly(2026, 6, 1));
        Assert.False(Assert.Single(file.Rows).Data!.ConsentToShare);
    }

    [Fact]
    public void TrailingDelimiterInHeader_IsIgnored()
    {
        var file = ReferralCsvParser.Parse(Utf8(Header + ";", ValidRow + ";"), OneProgramme, new DateOnly(2026, 6, 1));
        Assert.True(Assert.Single(file.Rows).IsValid);
    }

    [Fact]
    public void FileOverFiveMegabytes_IsRefused()
    {
        var content = new byte[ReferralCsvParser.MaxBytes + 1];
        Array.Fill(content, (byte)'a');
        Assert.Equal(["TooLarge"], FileProblems(content));
    }

    [Fact]
    public void MoreThanTwentyThousandRows_IsRefused()
    {
        var rows = Enumerable.Range(1, ReferralCsvParser.MaxRows + 1).Select(i => $"E{i};;A;B;1990-01-01;a@b.nl;;7811;NL;none;R;");
        Assert.Equal(["TooManyRows:20000"], FileProblems(Utf8([Header, .. rows])));
    }

    [Fact]
    public void ExactlyTwentyThousandRows_AreRead()
    {
        var rows = Enumerable.Range(1, ReferralCsvParser.MaxRows).Select(i => $"E{i};;A;B;1990-01-01;a@b.nl;;7811;NL;none;R;");
        var file = ReferralCsvParser.Parse(Utf8([Header, .. rows]), OneProgramme, new DateOnly(2026, 6, 1));
        Assert.Equal(ReferralCsvParser.MaxRows, file.Rows.Count);
        Assert.All(file.Rows, r => Assert.True(r.IsValid));
    }

    [Fact]
    public void Report_RoundTrips_WithQuotingAndProblems()
    {
        UploadReportLine[] lines =
        [
            new(2, UploadLineStatus.Accepted, "JP-ABCDEFGH", [new CsvProblem(CsvProblems.Unmet, "region")]),
            new(3, UploadLineStatus.Rejected, null, [new CsvProblem(CsvProblems.UnknownProgramme, "a;b\"c"), new CsvProblem(CsvProblems.ContactRequired)]),
        ];
        var text = ReferralUploadReport.Write(lines);

        Assert.StartsWith("line;status;reference;reasons\n2;accepted;JP-ABCDEFGH;Unmet:region\n", text);
        var read = ReferralUploadReport.Read(text);
        Assert.Equal(lines.Select(l => (l.Line, l.Status, l.Reference, string.Join('|', l.Reasons))),
            read.Select(l => (l.Line, l.Status, l.Reference, string.Join('|', l.Reasons))));
    }
}
