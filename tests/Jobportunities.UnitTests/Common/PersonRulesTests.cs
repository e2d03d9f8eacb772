using Jobportunities.Core.Common;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;

namespace Jobportunities.UnitTests.Common;

public class PersonRulesTests
{
    [Theory]
    [InlineData("06 12345678", true)]
    [InlineData("+49 5931 12345", true)]
    [InlineData("0591/123456", true)]
    [InlineData("+31 (0)6-12345678", true)]
    [InlineData(" 06 12345678 ", true)]
    [InlineData("0612345", false)]
    [InlineData("06 123456789012345678", false)]
    [InlineData("06-CALLME", false)]
    [InlineData("++31 612345678", false)]
    [InlineData(null, false)]
    public void IsPhone_AcceptsEightToTwentyDigitsAndSeparators(string? phone, bool expected) =>
        Assert.Equal(expected, PersonRules.IsPhone(phone));

    [Theory]
    [InlineData("2026-03-01", true)]
    [InlineData("2026-03-02", false)]
    [InlineData("1916-03-03", true)]
    [InlineData("1916-03-02", false)]
    public void IsPlausibleBirthDate_IsInThePast_AndAtMost110YearsAgo(string birthDate, bool expected) =>
        Assert.Equal(expected, PersonRules.IsPlausibleBirthDate(DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 3, 2)));

    [Theory]
    [InlineData("anna@example.nl", true)]
    [InlineData("anna@example", false)]
    [InlineData("anna example@x.nl", false)]
    public void IsEmail_NeedsADomainWithADot(string email, bool expected) =>
        Assert.Equal(expected, PersonRules.IsEmail(email));

    [Theory]
    [InlineData(null, Gender.Unknown)]
    [InlineData("", Gender.Unknown)]
    [InlineData("female", Gender.Female)]
    [InlineData("NonBinary", Gender.NonBinary)]
    [InlineData("2", Gender.Unknown)]
    public void ParseGender_ReadsNamesOnly(string? text, Gender expected) =>
        Assert.Equal(expected, PersonRules.ParseGender(text));

    [Fact]
    public void ApplicationAndParticipant_StoreTheDetailsTheSameWay()
    {
        var details = new CandidateDetails
        {
            GivenName = " Anna ", FamilyName = "Bakker ", BirthDate = new DateOnly(1985, 4, 12), Email = " Anna@Example.NL ", Phone = " 06 12345678 ",
            Street = " ", HouseNumber = "12", Postcode = "7811ab", City = "Emmen", Country = "nl", Benefit = BenefitSituation.None,
        };
        var application = new Application(1, "JP-TEST", ApplicationSource.PublicForm, details, new EligibilityAssessment([], null), "nl", DateTime.UtcNow);
        var participant = new Participant(1, application, "coach", DateTime.UtcNow);

        var expected = new PersonDetails
        {
            GivenName = "Anna", FamilyName = "Bakker", BirthDate = new DateOnly(1985, 4, 12), Email = "anna@example.nl", Phone = "06 12345678",
            Street = null, HouseNumber = "12", Postcode = "7811 AB", City = "Emmen", Country = "NL",
        };
        Assert.Equal(expected, application.Person);
        Assert.Equal(expected, participant.Person);
        Assert.Equal("Anna Bakker", participant.FullName);
    }

    [Fact]
    public void ParticipantProfile_CarriesThePersonAndTheSituation()
    {
        var person = new PersonDetails { GivenName = "Jan", FamilyName = "Smit", BirthDate = new DateOnly(1970, 1, 1), Postcode = "49716", Country = "DE" };

        var profile = new ParticipantProfile(person, BenefitSituation.Bijstand, EducationLevel.NoneOrPrimary, false);

        Assert.Equal((person.GivenName, person.Postcode, person.Country), (profile.GivenName, profile.Postcode, profile.Country));
        Assert.Equal((BenefitSituation.Bijstand, (EducationLevel?)EducationLevel.NoneOrPrimary, (bool?)false), (profile.Benefit, profile.Education, profile.HasStartQualification));
    }
}
