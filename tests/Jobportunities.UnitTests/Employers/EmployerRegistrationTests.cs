using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;

namespace Jobportunities.UnitTests.Employers;

public class EmployerRegistrationTests
{
    [Theory]
    [InlineData("04123871", "04123871")]
    [InlineData("0412 3871", "04123871")]
    [InlineData(" 04.12.38.71 ", "04123871")]
    public void Kvk_IsEightDigits_SpacesAndDotsForgiven(string input, string stored)
    {
        Assert.Equal(RegistrationCheck.Valid, EmployerRegistration.Check("NL", input));
        Assert.Equal(stored, EmployerRegistration.Normalise("NL", input));
    }

    [Theory]
    [InlineData("0412387")]
    [InlineData("041238712")]
    [InlineData("0412387A")]
    [InlineData("HRB 12345 Osnabrück")]
    [InlineData("")]
    [InlineData(null)]
    public void Kvk_IsRefused_WhenNotExactlyEightDigits(string? input)
    {
        Assert.Equal(RegistrationCheck.Invalid, EmployerRegistration.Check("NL", input));
        Assert.Null(EmployerRegistration.Normalise("NL", input));
    }

    [Theory]
    [InlineData("HRB 12345 Osnabrück", "HRB 12345 Osnabrück")]
    [InlineData("hrb12345 osnabrück", "HRB 12345 Osnabrück")]
    [InlineData("HRB 12345, Amtsgericht Osnabrück", "HRB 12345 Osnabrück")]
    [InlineData("Amtsgericht Osnabrück HRB 12345", "HRB 12345 Osnabrück")]
    [InlineData("AG Osnabrück, HRB 12345", "HRB 12345 Osnabrück")]
    [InlineData("Registergericht: Amtsgericht Osnabrück, Registernummer: HRB 12345", "HRB 12345 Osnabrück")]
    [InlineData("HRA 200871 Osnabrück", "HRA 200871 Osnabrück")]
    [InlineData("HRB 98765 B Berlin-Charlottenburg", "HRB 98765 B Berlin-Charlottenburg")]
    [InlineData("GnR 123 Oldenburg (Oldb)", "GnR 123 Oldenburg (Oldb)")]
    public void Handelsregister_NormalisesTypeNumberAndCourt_WhicheverWayWritten(string input, string stored)
    {
        Assert.Equal(RegistrationCheck.Valid, EmployerRegistration.Check("DE", input));
        Assert.Equal(stored, EmployerRegistration.Normalise("DE", input));
    }

    [Fact]
    public void Handelsregister_WithoutCourt_IsNormalisedButNotComplete()
    {
        Assert.Equal("HRB 12345", EmployerRegistration.Normalise("DE", "HRB 12345"));
        Assert.Equal(RegistrationCheck.CourtMissing, EmployerRegistration.Check("DE", "HRB 12345"));
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("XYZ 12345 Osnabrück")]
    [InlineData("HRB Osnabrück")]
    [InlineData("HRB 1234567 Osnabrück")]
    public void Handelsregister_IsRefused_WhenNotTypeAndNumber(string input) =>
        Assert.Equal(RegistrationCheck.Invalid, EmployerRegistration.Check("DE", input));

    [Fact]
    public void Employer_StoresTheNormalisedRegistration_SoDuplicatesLookAlike()
    {
        var a = new Employer("Emsland Pflege", "de", "Amtsgericht Osnabrück HRB 204511", Sector.Care, TestClock.StartUtc);
        var b = new Employer("Emsland Pflege gGmbH", "DE", "hrb 204511, AG osnabrück", Sector.Care, TestClock.StartUtc);
        Assert.Equal(("DE", "HRB 204511 Osnabrück"), (a.Country, a.RegistrationNumber));
        Assert.Equal(a.RegistrationNumber, b.RegistrationNumber);
    }

    [Fact]
    public void Employer_RefusesAnInvalidRegistration() =>
        Assert.Throws<ArgumentException>(() => new Employer("X", "NL", "123", Sector.Ict, TestClock.StartUtc));

    [Fact]
    public void ChangeRegistration_MovesToTheOtherCountry()
    {
        var employer = new Employer("Grens B.V.", "NL", "04123871", Sector.Ict, TestClock.StartUtc);
        employer.ChangeRegistration("DE", "HRB 1 Osnabrück");
        Assert.Equal(("DE", "HRB 1 Osnabrück"), (employer.Country, employer.RegistrationNumber));
    }
}
