using Jobportunities.Core.Programmes;

namespace Jobportunities.UnitTests.Programmes;

/// <summary>Small programmes for rule tests, with a few real postcode areas on both sides of the border.</summary>
internal static class TestProgrammes
{
    public static Programme BorderRegion(int minimumAge = 18, int maximumAge = 67, params BenefitSituation[] benefits)
    {
        var programme = new Programme(
            "test-programme",
            "Test",
            new EligibilitySettings(minimumAge, maximumAge, benefits.Length == 0 ? [BenefitSituation.None] : benefits),
            new ProgrammeTargets(100, 100, 60),
            DurableCheckRule.Default,
            60,
            90_000m,
            new DateOnly(2026, 1, 1),
            new DateOnly(2027, 12, 31));
        programme.AddArea("Emmen", "NL", AreaKind.Municipality, ["7811", "7812", "7741"]);
        programme.AddArea("Landkreis Emsland", "DE", AreaKind.Landkreis, ["49716", "26871", "49808"]);
        return programme;
    }
}
