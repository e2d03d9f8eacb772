using Jobportunities.Core.Intake;

namespace Jobportunities.UnitTests.Intake;

public class BsnTests
{
    [Theory]
    [InlineData("111222333")]
    [InlineData("123456782")]
    [InlineData("628194821")]
    [InlineData(" 1234.56.782 ")]
    [InlineData("123-456-782")]
    public void Check_AcceptsNineDigitsPassingTheElfproef(string input)
    {
        Assert.Equal(BsnProblem.None, Bsn.Check(input, "NL", out var bsn));
        Assert.Equal(9, bsn!.Length);
    }

    [Fact]
    public void Check_ReadsEightDigits_AsABsnWhoseLeadingZeroWasDropped()
    {
        Assert.Equal(BsnProblem.None, Bsn.Check("12345672", "NL", out var bsn));
        Assert.Equal("012345672", bsn);
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("111222334")]
    [InlineData("12345678")]
    public void Check_RefusesDigitsFailingTheElfproef(string input) =>
        Assert.Equal(BsnProblem.Elfproef, Bsn.Check(input, "NL", out _));

    [Fact]
    public void Check_RefusesAllZeros_ThoughTheirSumIsAMultipleOfEleven() =>
        Assert.Equal(BsnProblem.Elfproef, Bsn.Check("000000000", "NL", out _));

    [Theory]
    [InlineData("1234567")]
    [InlineData("1234567820")]
    [InlineData("12345678a")]
    [InlineData("１２３４５６７８２")]
    public void Check_RefusesAnythingButEightOrNineDigits(string input) =>
        Assert.Equal(BsnProblem.Format, Bsn.Check(input, "NL", out _));

    [Theory]
    [InlineData("DE")]
    [InlineData("de")]
    [InlineData(null)]
    public void Check_RefusesABsnForACandidateOutsideTheNetherlands(string? country) =>
        Assert.Equal(BsnProblem.NotForCountry, Bsn.Check("123456782", country, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_AcceptsNoBsn_ForAnyCountry(string? input)
    {
        Assert.Equal(BsnProblem.None, Bsn.Check(input, "DE", out var bsn));
        Assert.Null(bsn);
    }

    [Fact]
    public void Mask_ShowsTheLastFourDigitsOnly() => Assert.Equal("*****6782", Bsn.Mask("123456782"));
}
