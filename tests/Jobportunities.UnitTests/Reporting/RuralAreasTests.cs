using Jobportunities.Core.Reporting;

namespace Jobportunities.UnitTests.Reporting;

public class RuralAreasTests
{
    [Theory]
    [InlineData("NL", "7741 AB")] // Coevorden, DEGURBA 3
    [InlineData("NL", "9521ab")] // Borger-Odoorn, DEGURBA 3
    [InlineData("DE", "49733")] // Haren (Ems), DEGURBA 3
    [InlineData("DE", "49762")] // Lathen, Fresenburg, Renkenberge, Sustrum: all DEGURBA 3
    public void IsRural_IsTrue_WhenThePostcodesMunicipalityIsThinlyPopulated(string country, string postcode) =>
        Assert.True(RuralAreas.IsRural(country, postcode));

    [Theory]
    [InlineData("NL", "7811 AB")] // Emmen, DEGURBA 2
    [InlineData("NL", "7061")] // Oude IJsselstreek, DEGURBA 2
    [InlineData("DE", "49808")] // Lingen (Ems), DEGURBA 2
    [InlineData("DE", "48527")] // Nordhorn, DEGURBA 2
    public void IsRural_IsFalse_WhenThePostcodesMunicipalityIsATownOrCity(string country, string postcode) =>
        Assert.False(RuralAreas.IsRural(country, postcode));

    [Theory]
    [InlineData("NL", "1012 AB")] // Amsterdam: not in the table
    [InlineData("DE", "10115")] // Berlin: not in the table
    [InlineData("DE", "48465")] // Schüttorf (2) and five Gemeinden of class 3 share this PLZ
    [InlineData("NL", "49733")] // a German PLZ with the Dutch country
    [InlineData("NL", "")]
    [InlineData("BE", "1000")]
    public void IsRural_IsUnknown_WhenTheClassCannotBeDerived(string country, string postcode) =>
        Assert.Null(RuralAreas.IsRural(country, postcode));

    [Fact]
    public void ClassOf_GivesTheDegurbaClassOfTheMunicipality()
    {
        Assert.Equal(UrbanisationClass.TownsAndSuburbs, RuralAreas.ClassOf("NL", "7901 AA")); // Hoogeveen
        Assert.Equal(UrbanisationClass.RuralAreas, RuralAreas.ClassOf("DE", "49744")); // Geeste
    }
}
