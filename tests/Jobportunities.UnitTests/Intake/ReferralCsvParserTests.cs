using System.Text;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Programmes;

namespace Jobportunities.UnitTests.Intake;

public class ReferralCsvParserTests
{
    internal const string Header = "externalReference;programme;givenName;familyName;birthDate;email;phone;postcode;country;benefit;reason;consentToShare";
    internal const string ValidRow = "EXT-1;new-jobportunities-2;Anna;de Vries;1990-05-01;anna@example.nl;;7811 AB;NL;none;Wil graag werken;ja";
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly string[] OneProgramme = ["new-jobportunities-2"];

    internal static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines));

    private static ReferralCsvFile Parse(byte[] content, IReadOnlyCollection<string>? programmes = null) =>
        ReferralCsvParser.Parse(content, programmes ?? OneProgramme, Today);

    private static ReferralCsvRow SingleRow(string row, IReadOnlyCollection<string>? programmes = null)
    {
        var file = Parse(Utf8(Header, row), programmes);
        Assert.Empty(file.FileProblems);
        return Assert.Single(file.Rows);
    }

    private static IReadOnlyList<string> Codes(ReferralCsvRow row) => row.Problems.Select(p => p.ToString()).ToList();

    [Fact]
    public void Parse_ReadsValidRow_IntoCandidateDetails()
    {
        var row = SingleRow(ValidRow);

        Assert.True(row.IsValid);
        Assert.Equal(2, row.Line);
        var data = row.Data!;
        Assert.Equal("EXT-1", data.ExternalReference);
        Assert.Equal("new-jobportunities-2", data.ProgrammeCode);
        Assert.Equal("Anna", data.Details.GivenName);
        Assert.Equal(new DateOnly(1990, 5, 1), data.Details.BirthDate);
        Assert.Equal("NL", data.Details.Country);
        Assert.Equal(BenefitSituation.None, data.Details.Benefit);
        Assert.Null(data.Details.Phone);
        Assert.True(data.ConsentToShare);
    }

    [Fact]
    public void Parse_DetectsCommaDelimiter_FromHeader()
    {
        var file = Parse(Utf8(Header.Replace(';', ','), ValidRow.Replace(';', ',')));
        Assert.True(Assert.Single(file.Rows).IsValid);
    }

    [Fact]
    public void Parse_HandlesQuotedFields_WithDelimitersQuotesAndLineBreaks()
    {
        var file = Parse(Utf8(
            Header,
            "EXT-1;;\"Anna; Maria\";\"de \"\"Vries\"\"\";1990-05-01;anna@example.nl;;7811 AB;NL;none;\"Eerste regel",
            "tweede regel\";nee",
            ValidRow.Replace("EXT-1", "EXT-2")));

        Assert.Equal(2, file.Rows.Count);
        var first = file.Rows[0].Data!;
        Assert.Equal("Anna; Maria", first.Details.GivenName);
        Assert.Equal("de \"Vries\"", first.Details.FamilyName);
        Assert.Equal("Eerste regel\ntweede regel", first.Reason);
        Assert.False(first.ConsentToShare);
        Assert.Equal(2, file.Rows[0].Line);
        Assert.Equal(4, file.Rows[1].Line); // the quoted line break takes line 3
    }

    [Fact]
    public void Parse_IgnoresByteOrderMark_AndCrLf()
    {
        var content = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + "\r\n" + ValidRow + "\r\n")).ToArray();
        var file = Parse(content);
        Assert.Empty(file.FileProblems);
        Assert.True(Assert.Single(file.Rows).IsValid);
    }

    [Fact]
    public void Parse_AcceptsColumnsInAnyOrderAndCase_AndSkipsBlankLinesButCountsThem()
    {
        var file = Parse(Utf8(
            "COUNTRY;Postcode;givenname;FAMILYNAME;birthdate;Email;phone;benefit;reason;externalreference",
            "DE;49716;Jan;Müller;01.02.1985;;+49 5931 12345;sgb2;Reden;A-1",
            "",
            ";;;;;;;;;",
            "NL;7741;Piet;Smit;1985-02-01;p@example.nl;;none;Reden;A-2"));

        Assert.Equal([2, 5], file.Rows.Select(r => r.Line));
        Assert.All(file.Rows, r => Assert.True(r.IsValid));
        Assert.Equal("Müller", file.Rows[0].Data!.Details.FamilyName);
        Assert.Equal("new-jobportunities-2", file.Rows[0].Data!.ProgrammeCode); // the referrer's only programme
    }

    [Theory]
    [InlineData("1990-05-01")]
    [InlineData("01-05-1990")]
    [InlineData("01.05.1990")]
    [InlineData("1.5.1990")]
    public void Parse_AcceptsDateFormats(string date)
    {
        var row = SingleRow(ValidRow.Replace("1990-05-01", date));
        Assert.Equal(new DateOnly(1990, 5, 1), row.Data!.Details.BirthDate);
    }

    [Theory]
    [InlineData("05/01/1990")]
    [InlineData("31-02-1990")]
    [InlineData("1990-13-01")]
    [InlineData("gisteren")]
    public void Parse_RejectsBadDate(string date) =>
        Assert.Equal(["BadDate:birthDate"], Codes(SingleRow(ValidRow.Replace("1990-05-01", date))));

    [Theory]
    [InlineData("2027-01-01")]
    [InlineData("1900-01-01")]
    public void Parse_RejectsImplausibleBirthDate(string date) =>
        Assert.Equal(["ImplausibleBirthDate"], Codes(SingleRow(ValidRow.Replace("1990-05-01", date))));

    [Theory]
    [InlineData("EXT-1;", ";", "Missing:externalReference")]
    [InlineData(";Anna;", "; ;", "Missing:givenName")]
    [InlineData("1990-05-01", "", "Missing:birthDate")]
    [InlineData("7811 AB", "", "Missing:postcode")]
    [InlineData("Wil graag werken", "", "Missing:reason")]
    [InlineData(";none;", ";;", "Missing:benefit")]
    [InlineData("anna@example.nl", "", "ContactRequired")]
    [InlineData("anna@example.nl", "anna@", "BadEmail")]
    [InlineData(";;7811", ";12;7811", "BadPhone")]
    [InlineData(";NL;", ";BE;", "UnknownCountry:BE")]
    [InlineData(";NL;", ";DE;", "BadPostcode:DE")]
    [InlineData(";none;", ";bijstandd;", "UnknownBenefit:bijstandd")]
    [InlineData("new-jobportunities-2", "meedoen-werkt", "UnknownProgramme:meedoen-werkt")]
    [InlineData(";ja", ";misschien", "BadConsent:misschien")]
    public void Parse_NamesEachProblemOfARow(string find, string replaceWith, string expected) =>
        Assert.Equal([expected], Codes(SingleRow(ValidRow.Replace(find, replaceWith))));

    [Fact]
    public void Parse_NamesEveryProblem_NotOnlyTheFirst()
    {
        var row = SingleRow("EXT-1;;;de Vries;31-31-1990;;;9999;DE;uwv;Reden;");
        Assert.Equal(["Missing:givenName", "BadDate:birthDate", "ContactRequired", "BadPostcode:DE", "UnknownBenefit:uwv"], Codes(row));
        Assert.False(row.IsValid);
    }

    [Fact]
    public void Parse_RejectsTooLongValues_AndExtraFields()
    {
        var row = SingleRow(ValidRow.Replace("Anna", new string('a', 101)) + ";extra");
        Assert.Equal(["TooManyFields", "TooLong:givenName"], Codes(row));
    }

    [Fact]
    public void Parse_RejectsDuplicateExternalReference_WithinTheFile_IgnoringCase()
    {
        var file = Parse(Utf8(Header, ValidRow, ValidRow.Replace("EXT-1", "EXT-2"), ValidRow.Replace("EXT-1", "ext-1")));
        Assert.True(file.Rows[0].IsValid);
        Assert.True(file.Rows[1].IsValid);
        Assert.Equal(["DuplicateInFile:2"], Codes(file.Rows[2]));
        Assert.Equal(4, file.Rows[2].Line);
    }

    [Fact]
    public void Parse_RequiresProgramme_WhenReferrerWorksInSeveral()
    {
        string[] two = ["new-jobportunities-2", "meedoen-werkt"];
        Assert.Equal(["Missing:programme"], Codes(SingleRow(ValidRow.Replace("new-jobportunities-2", ""), two)));
        Assert.Equal("meedoen-werkt", SingleRow(ValidRow.Replace("new-jobportunities-2", "MEEDOEN-WERKT"), two).Data!.ProgrammeCode);

        var withoutColumn = Parse(Utf8(Header.Replace("programme;", ""), ValidRow.Replace("new-jobportunities-2;", "")), two);
        Assert.Equal(["MissingColumns:programme"], withoutColumn.FileProblems.Select(p => p.ToString()));
    }

    [Fact]
    public void Parse_ReportsUnclosedQuote()
    {
        var file = Parse(Utf8(Header, ValidRow, "EXT-2;;\"Anna;de Vries"));
        Assert.Equal(["QuoteNotClosed"], Codes(file.Rows[1]).Take(1));
        Assert.Equal(3, file.Rows[1].Line);
    }
}
