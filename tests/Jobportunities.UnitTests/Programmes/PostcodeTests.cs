using Jobportunities.Core.Programmes;

namespace Jobportunities.UnitTests.Programmes;

public class PostcodeTests
{
    [Theory]
    [InlineData("7741 ab", "NL", "7741 AB", "7741")]
    [InlineData("7741AB", "NL", "7741 AB", "7741")]
    [InlineData(" 7741  AB ", "NL", "7741 AB", "7741")]
    [InlineData("7811", "nl", "7811", "7811")]
    [InlineData(" 49716 ", "DE", "49716", "49716")]
    [InlineData("26871", "de", "26871", "26871")]
    public void TryParse_Normalises_WhenFormatIsValid(string input, string country, string value, string area)
    {
        Assert.True(Postcode.TryParse(input, country, out var postcode));
        Assert.Equal(value, postcode!.Value);
        Assert.Equal(area, postcode.Area);
        Assert.Equal(country.ToUpperInvariant(), postcode.Country);
    }

    [Theory]
    [InlineData("0741 AB", "NL")]
    [InlineData("7741 SA", "NL")]
    [InlineData("774 AB", "NL")]
    [InlineData("49716", "NL")]
    [InlineData("7741 AB", "DE")]
    [InlineData("4971", "DE")]
    [InlineData("497160", "DE")]
    [InlineData("", "NL")]
    [InlineData("7741 AB", "BE")]
    [InlineData("7741 AB", null)]
    public void TryParse_Refuses_WhenFormatDoesNotFitCountry(string input, string? country)
    {
        Assert.False(Postcode.TryParse(input, country, out var postcode));
        Assert.Null(postcode);
    }

    [Fact]
    public void TryParseArea_RefusesFullDutchPostcode_BecauseAreasArePc4()
    {
        Assert.False(Postcode.TryParseArea("7741 AB", "NL", out _));
        Assert.True(Postcode.TryParseArea("7741", "NL", out var area));
        Assert.Equal("7741", area);
    }
}
