using Jobportunities.Core.Intake;
using Jobportunities.Core.Programmes;

namespace Jobportunities.UnitTests.Intake;

public class LikelyDuplicatesTests
{
    private static Application New(int programmeId, string given, string family, DateOnly birthDate, string? email = null)
    {
        var details = new CandidateDetails { GivenName = given, FamilyName = family, BirthDate = birthDate, Email = email, Postcode = "7811 AB", Country = "NL", Benefit = BenefitSituation.None };
        return new Application(programmeId, ReferenceNumbers.New(), ApplicationSource.ReferralCsv, details, new EligibilityAssessment([], null), "nl", TestClock.StartUtc);
    }

    [Fact]
    public void SameBirthDateAndName_IgnoringCase_MatchesTheEarliestExisting()
    {
        var rule = new LikelyDuplicates();
        rule.AddExisting(7, 1, new DateOnly(1980, 1, 2), "Anna", "de Vries", null, null);
        rule.AddExisting(9, 1, new DateOnly(1980, 1, 2), "anna", "DE VRIES", null, null);

        Assert.Equal(7, rule.FindAndAdd(New(1, "ANNA", "de vries", new DateOnly(1980, 1, 2)))?.Id);
    }

    [Fact]
    public void SameEmail_Matches_OtherNameOrOtherProgrammeOrOtherBirthDate_DoesNot()
    {
        var rule = new LikelyDuplicates();
        rule.AddExisting(3, 1, new DateOnly(1980, 1, 2), "Anna", "de Vries", "anna@example.nl", null);

        Assert.Equal(3, rule.FindAndAdd(New(1, "Annie", "Jansen", new DateOnly(1980, 1, 2), "anna@example.nl"))?.Id);
        Assert.Null(rule.FindAndAdd(New(1, "Piet", "Jansen", new DateOnly(1980, 1, 2), "piet@example.nl")));
        Assert.Null(rule.FindAndAdd(New(2, "Anna", "de Vries", new DateOnly(1980, 1, 2))));
        Assert.Null(rule.FindAndAdd(New(1, "Anna", "de Vries", new DateOnly(1980, 1, 3))));
    }

    [Fact]
    public void ANewRow_IsACandidateForLaterRows_UntilWithdrawn()
    {
        var rule = new LikelyDuplicates();
        var first = New(1, "Sanne", "Bakker", new DateOnly(1990, 5, 1));
        Assert.Null(rule.FindAndAdd(first));

        var second = rule.FindAndAdd(New(1, "Sanne", "Bakker", new DateOnly(1990, 5, 1)));
        Assert.NotNull(second);
        Assert.False(second.IsStored); // its id comes when the chunk is saved

        rule.Withdraw([first]);
        var third = rule.FindAndAdd(New(1, "Sanne", "Bakker", new DateOnly(1990, 5, 1)));
        Assert.NotNull(third); // the second row (still pending) now comes first
        Assert.NotSame(second, third);
    }
}
