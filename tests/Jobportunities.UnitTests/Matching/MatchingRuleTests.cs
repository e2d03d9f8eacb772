using Jobportunities.Core.Common;
using Jobportunities.Core.Matching;

namespace Jobportunities.UnitTests.Matching;

public class MatchingRuleTests
{
    // Centroids from Demo/regions.json: Emmen 7811, Coevorden 7741, Meppen 49716, Nordhorn 48529.
    private static readonly GeoPoint Emmen = new(52.78002, 6.89415);
    private static readonly GeoPoint Coevorden = new(52.65823, 6.69892);
    private static readonly GeoPoint Meppen = new(52.70574, 7.28364);
    private static readonly GeoPoint Nordhorn = new(52.39812, 7.08302);

    private static MatchVacancy Vacancy(Sector sector = Sector.TransportLogistics, decimal hours = 32, string? requirements = "Heftruck rijden, WMS-handscanner, Excel basis.", GeoPoint? at = null) =>
        new(sector, hours, requirements, at ?? Emmen);

    private static MatchCandidate Candidate(
        Sector[]? wishes = null, Dictionary<Sector, int>? experience = null, int? hours = 32, string[]? skills = null,
        GeoPoint? home = null, bool car = true, int? maxMinutes = null, bool noHome = false) =>
        new(wishes ?? [], experience ?? [], hours, skills ?? [], noHome ? null : home ?? Emmen, car, maxMinutes);

    [Fact]
    public void PerfectCandidateNextDoor_Scores100_WithOneLinePerCriterion()
    {
        var result = MatchingRule.Assess(Vacancy(), Candidate([Sector.TransportLogistics], new() { [Sector.TransportLogistics] = 4 }, 36, ["Heftruck rijden", "Excel", "WMS-handscanner"]), 60);

        Assert.Equal(100, result.Score);
        Assert.False(result.IsExcluded);
        Assert.Equal([MatchCriterion.Sector, MatchCriterion.Hours, MatchCriterion.Skills, MatchCriterion.Travel], result.Reasons.Select(r => r.Criterion));
        Assert.Equal(["SectorWishAndExperience", "HoursEnough", "SkillsMatched", "TravelSameArea"], result.Reasons.Select(r => r.Code));
        Assert.Equal(100, result.Reasons.Sum(r => r.MaxPoints));
        Assert.Equal<object>([Sector.TransportLogistics, 4], result.Reasons[0].Arguments);
        Assert.Equal<object>([36, 32m], result.Reasons[1].Arguments);
        Assert.Equal<object>(["Heftruck rijden, Excel, WMS-handscanner", 3], result.Reasons[2].Arguments);
        Assert.Equal<object>([0.0, 0, TravelMode.Car, 60], result.Reasons[3].Arguments);
    }

    [Theory]
    [InlineData(true, 3, "SectorWishAndExperience", 30)]
    [InlineData(true, 0, "SectorWish", 25)]
    [InlineData(false, 2, "SectorExperience", 20)]
    [InlineData(false, 0, "SectorNone", 0)]
    public void Sector_WishCountsMoreThanExperience(bool wish, int years, string code, int points)
    {
        var experience = years > 0 ? new Dictionary<Sector, int> { [Sector.Care] = years } : [];
        var reason = MatchingRule.Assess(Vacancy(Sector.Care), Candidate(wish ? [Sector.Care, Sector.Retail] : [Sector.Retail], experience), 60).Reasons[0];
        Assert.Equal((code, points), (reason.Code, reason.Points));
    }

    [Fact]
    public void Sector_ExperienceInAnotherSector_DoesNotCount() =>
        Assert.Equal("SectorNone", MatchingRule.Assess(Vacancy(Sector.Care), Candidate(experience: new() { [Sector.Retail] = 10 }), 60).Reasons[0].Code);

    [Theory]
    [InlineData(40, 32, "HoursEnough", 25)]
    [InlineData(32, 32, "HoursEnough", 25)]
    [InlineData(16, 32, "HoursPartly", 12)]
    [InlineData(20, 24, "HoursPartly", 20)]
    [InlineData(null, 32, "HoursUnknown", 10)]
    public void Hours_FullWhenEnough_InProportionWhenFewer_TenWhenUnknown(int? available, int asked, string code, int points)
    {
        var reason = MatchingRule.Assess(Vacancy(hours: asked), Candidate(hours: available), 60).Reasons[1];
        Assert.Equal((code, points), (reason.Code, reason.Points));
    }

    [Theory]
    [InlineData("Heftruckcertificaat vereist", new[] { "Heftruck" }, "Heftruck")]
    [InlineData("Ervaring met heftruck rijden; Excel.", new[] { "Heftruck rijden", "excel", "Lassen" }, "Heftruck rijden, excel")]
    [InlineData("Schema's lezen en storingen opsporen", new[] { "Schema's lezen", "Storingen opsporen" }, "Schema's lezen, Storingen opsporen")]
    [InlineData("Schweißen (MAG), Staplerschein", new[] { "Schweißen (MAG)", "staplerschein" }, "Schweißen (MAG), staplerschein")]
    [InlineData("Rijbewijs B", new[] { "Rijbewijs C/E met code 95" }, "")]
    [InlineData("Klantcontact", new[] { "Kassa", "Klantcontact", "klantcontact" }, "Klantcontact")]
    public void Skills_AreFound_WhenEachWordOfTheSkillBeginsARequirementWord(string requirements, string[] skills, string expected) =>
        Assert.Equal(expected, string.Join(", ", MatchingRule.MatchedSkills(requirements, skills)));

    [Theory]
    [InlineData(new[] { "Excel" }, 10)]
    [InlineData(new[] { "Excel", "Heftruck" }, 20)]
    [InlineData(new[] { "Excel", "Heftruck", "WMS" }, 25)]
    public void Skills_TenPointsEach_AtMost25(string[] skills, int points) =>
        Assert.Equal(points, MatchingRule.Assess(Vacancy(), Candidate(skills: skills), 60).Reasons[2].Points);

    [Fact]
    public void Skills_ExplainWhyNothingWasFound()
    {
        Assert.Equal("SkillsNoRequirements", MatchingRule.Assess(Vacancy(requirements: " "), Candidate(skills: ["Excel"]), 60).Reasons[2].Code);
        Assert.Equal("SkillsUnknown", MatchingRule.Assess(Vacancy(), Candidate(), 60).Reasons[2].Code);
        Assert.Equal("SkillsNone", MatchingRule.Assess(Vacancy(), Candidate(skills: ["Koken voor groepen"]), 60).Reasons[2].Code);
    }

    [Fact]
    public void Distance_IsTheStraightLineBetweenCentroids()
    {
        Assert.InRange(Emmen.DistanceKm(Coevorden), 18.8, 19.0);
        Assert.InRange(Emmen.DistanceKm(Meppen), 27.4, 27.6);
        Assert.Equal(Emmen.DistanceKm(Nordhorn), Nordhorn.DistanceKm(Emmen), 9);
    }

    [Theory]
    [InlineData(0, TravelMode.Car, 0)]
    [InlineData(10, TravelMode.Car, 16)] // 13 km road at 50 km/h = 15.6 min, rounded up
    [InlineData(27.5, TravelMode.Car, 43)]
    [InlineData(0, TravelMode.PublicTransport, 10)]
    [InlineData(10, TravelMode.PublicTransport, 36)] // 13 km at 30 km/h = 26 min + 10
    public void TravelMinutes_RoadIs130PercentOfTheStraightLine(double km, TravelMode mode, int minutes) =>
        Assert.Equal(minutes, MatchingRule.TravelMinutes(km, mode));

    [Fact]
    public void Travel_WithinTheLimit_GivesMorePointsTheCloser()
    {
        var nextDoor = MatchingRule.Assess(Vacancy(), Candidate(home: Emmen), 60).Reasons[3];
        var coevorden = MatchingRule.Assess(Vacancy(), Candidate(home: Coevorden), 60);

        Assert.Equal(20, nextDoor.Points);
        Assert.Equal("TravelWithin", coevorden.Reasons[3].Code);
        Assert.Equal(30, coevorden.TravelMinutes); // 18.9 km × 1.3 = 24.6 km at 50 km/h
        Assert.Equal(15, coevorden.Reasons[3].Points); // 20 − 10 × 30 / 60
        Assert.Equal<object>([18.9, 30, TravelMode.Car, 60], coevorden.Reasons[3].Arguments);
    }

    [Fact]
    public void Travel_BeyondTheProgrammeLimit_Excludes()
    {
        // Nordhorn–Emmen 44 km: 58 km by road, 70 minutes by car, more than the programme's 60.
        var result = MatchingRule.Assess(Vacancy(), Candidate([Sector.TransportLogistics], hours: 40, skills: ["Excel"], home: Nordhorn), 60);

        Assert.True(result.IsExcluded);
        Assert.Equal("TravelTooFar", result.Reasons[3].Code);
        Assert.Equal(0, result.Reasons[3].Points);
        Assert.Equal(70, result.TravelMinutes);
    }

    [Fact]
    public void Travel_WithoutCar_IsSlower_AndCanExclude()
    {
        // Meppen–Emmen: 43 minutes by car, 82 by public transport.
        Assert.False(MatchingRule.Assess(Vacancy(), Candidate(home: Meppen, car: true), 60).IsExcluded);
        var byBus = MatchingRule.Assess(Vacancy(), Candidate(home: Meppen, car: false), 60);
        Assert.True(byBus.IsExcluded);
        Assert.Equal(TravelMode.PublicTransport, byBus.Reasons[3].Arguments[2]);
    }

    [Theory]
    [InlineData(null, 60, 60)]
    [InlineData(30, 60, 30)]
    [InlineData(90, 60, 60)]
    public void TravelLimit_IsTheParticipantsOwn_NeverMoreThanTheProgrammes(int? own, int programme, int limit) =>
        Assert.Equal(limit, MatchingRule.TravelLimit(own, programme));

    [Fact]
    public void Travel_ParticipantsOwnLimit_Excludes()
    {
        // Coevorden–Emmen is 30 minutes by car; this participant travels at most 20.
        var result = MatchingRule.Assess(Vacancy(), Candidate(home: Coevorden, maxMinutes: 20), 60);
        Assert.True(result.IsExcluded);
        Assert.Equal(20, result.TravelLimitMinutes);
        Assert.Equal<object>([18.9, 30, TravelMode.Car, 20], result.Reasons[3].Arguments);
    }

    [Fact]
    public void Travel_Unknown_ExcludesNoOne_AndIsExplained()
    {
        var noHome = MatchingRule.Assess(Vacancy(), Candidate(noHome: true, maxMinutes: 5), 60);
        var noWorkplace = MatchingRule.Assess(new MatchVacancy(Sector.Ict, 32, null, null), Candidate(), 45);

        Assert.False(noHome.IsExcluded);
        Assert.Null(noHome.TravelMinutes);
        Assert.Equal(("TravelUnknown", 10), (noHome.Reasons[3].Code, noHome.Reasons[3].Points));
        Assert.Equal<object>([5], noHome.Reasons[3].Arguments);
        Assert.Equal("TravelUnknown", noWorkplace.Reasons[3].Code);
    }

    [Fact]
    public void Centroids_FindThePostcodeArea_OfEitherCountry()
    {
        var table = new PostcodeCentroids(new Dictionary<string, GeoPoint> { ["7811"] = Emmen, ["49716"] = Meppen });

        Assert.Equal(Emmen, table.Find("7811 AB", "NL"));
        Assert.Equal(Meppen, table.Find("49716", "DE"));
        Assert.Null(table.Find("1012 AB", "NL"));
        Assert.Null(table.Find("49716", "NL"));
        Assert.Null(table.Find(null, "NL"));
    }
}
