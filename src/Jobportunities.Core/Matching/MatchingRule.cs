using System.Text.RegularExpressions;

namespace Jobportunities.Core.Matching;

/// <summary>
/// THE matching rule (docs/product.md section 6), in one place: how well a candidate fits a vacancy,
/// 0–100 points, with one explanation line per criterion.
/// <list type="bullet">
/// <item>Sector, 30: the wish and experience in the vacancy's sector 30; the wish alone 25;
/// experience alone (scan, at least one year) 20; neither 0.</item>
/// <item>Hours, 25: available hours at least those asked 25; fewer: 25 × available ÷ asked,
/// rounded down; not known 10.</item>
/// <item>Skills, 25: 10 per skill of the scan found in the requirements, at most 25. A skill is
/// found when each of its words of three or more letters begins a word of the requirements
/// ("heftruck" finds "heftruckcertificaat"); case is ignored.</item>
/// <item>Travel, 20: the straight line between the postcode areas' centres × 1.3 for the roads;
/// by car (driving licence and own transport) at 50 km/h, otherwise (public transport, bicycle)
/// at 30 km/h plus 10 minutes to walk and wait; minutes rounded up. Points: 20 − 10 × minutes ÷
/// limit, rounded down (20 next door, 10 at the limit). Beyond the limit — the participant's
/// maximum, never more than the programme's — the candidate is excluded. A distance that cannot
/// be estimated (area not in the table) excludes no one and gives 10.</item>
/// </list>
/// </summary>
public static partial class MatchingRule
{
    public const int SectorPoints = 30;
    public const int HoursPoints = 25;
    public const int SkillsPoints = 25;
    public const int TravelPoints = 20;
    public const int PointsPerSkill = 10;
    public const double DetourFactor = 1.3;
    public const double CarKmPerHour = 50;
    public const double PublicTransportKmPerHour = 30;
    public const int PublicTransportExtraMinutes = 10;

    public static MatchAssessment Assess(MatchVacancy vacancy, MatchCandidate candidate, int programmeMaxTravelMinutes)
    {
        var limit = TravelLimit(candidate.MaxTravelMinutes, programmeMaxTravelMinutes);
        var (travel, km, minutes) = Travel(vacancy, candidate, limit);
        var reasons = new[] { Sector(vacancy, candidate), Hours(vacancy, candidate), Skills(vacancy, candidate), travel };
        return new MatchAssessment(reasons.Sum(r => r.Points), minutes > limit, km, minutes, limit, reasons);
    }

    /// <summary>The participant's own maximum, but never more than the programme allows.</summary>
    public static int TravelLimit(int? participantMaxMinutes, int programmeMaxMinutes) =>
        Math.Min(participantMaxMinutes ?? programmeMaxMinutes, programmeMaxMinutes);

    public static int TravelMinutes(double straightLineKm, TravelMode mode)
    {
        var roadKm = straightLineKm * DetourFactor;
        return mode == TravelMode.Car
            ? (int)Math.Ceiling(roadKm / CarKmPerHour * 60)
            : (int)Math.Ceiling(roadKm / PublicTransportKmPerHour * 60) + PublicTransportExtraMinutes;
    }

    /// <summary>The skills (as recorded) found in the requirements, in the order given.</summary>
    public static IReadOnlyList<string> MatchedSkills(string? requirements, IEnumerable<string> skills)
    {
        var words = Words(requirements);
        return skills
            .Select(s => s.Trim())
            .Where(s => Words(s).Where(w => w.Length >= 3).ToList() is { Count: > 0 } parts && parts.All(p => words.Any(w => w.StartsWith(p, StringComparison.Ordinal))))
            .DistinctBy(s => s.ToLowerInvariant())
            .ToList();
    }

    private static MatchReason Sector(MatchVacancy vacancy, MatchCandidate candidate)
    {
        var wish = candidate.PreferredSectors.Contains(vacancy.Sector);
        var years = candidate.ExperienceYears.TryGetValue(vacancy.Sector, out var y) ? y : 0;
        return (wish, years > 0) switch
        {
            (true, true) => new(MatchCriterion.Sector, "SectorWishAndExperience", SectorPoints, SectorPoints, [vacancy.Sector, years]),
            (true, false) => new(MatchCriterion.Sector, "SectorWish", 25, SectorPoints, [vacancy.Sector]),
            (false, true) => new(MatchCriterion.Sector, "SectorExperience", 20, SectorPoints, [vacancy.Sector, years]),
            _ => new(MatchCriterion.Sector, "SectorNone", 0, SectorPoints, [vacancy.Sector]),
        };
    }

    private static MatchReason Hours(MatchVacancy vacancy, MatchCandidate candidate)
    {
        if (candidate.AvailableHoursPerWeek is not { } available)
        {
            return new(MatchCriterion.Hours, "HoursUnknown", 10, HoursPoints, [vacancy.HoursPerWeek]);
        }

        return available >= vacancy.HoursPerWeek
            ? new(MatchCriterion.Hours, "HoursEnough", HoursPoints, HoursPoints, [available, vacancy.HoursPerWeek])
            : new(MatchCriterion.Hours, "HoursPartly", (int)Math.Floor(HoursPoints * available / vacancy.HoursPerWeek), HoursPoints, [available, vacancy.HoursPerWeek]);
    }

    private static MatchReason Skills(MatchVacancy vacancy, MatchCandidate candidate)
    {
        if (string.IsNullOrWhiteSpace(vacancy.Requirements))
        {
            return new(MatchCriterion.Skills, "SkillsNoRequirements", 0, SkillsPoints, []);
        }

        if (candidate.Skills.Count == 0)
        {
            return new(MatchCriterion.Skills, "SkillsUnknown", 0, SkillsPoints, []);
        }

        var matched = MatchedSkills(vacancy.Requirements, candidate.Skills);
        return matched.Count == 0
            ? new(MatchCriterion.Skills, "SkillsNone", 0, SkillsPoints, [])
            : new(MatchCriterion.Skills, "SkillsMatched", Math.Min(SkillsPoints, matched.Count * PointsPerSkill), SkillsPoints, [string.Join(", ", matched), matched.Count]);
    }

    private static (MatchReason Reason, double? Km, int? Minutes) Travel(MatchVacancy vacancy, MatchCandidate candidate, int limit)
    {
        if (vacancy.Location is not { } work || candidate.Home is not { } home)
        {
            return (new(MatchCriterion.Travel, "TravelUnknown", TravelPoints / 2, TravelPoints, [limit]), null, null);
        }

        var km = Math.Round(home.DistanceKm(work), 1);
        var mode = candidate.TravelsByCar ? TravelMode.Car : TravelMode.PublicTransport;
        var minutes = TravelMinutes(km, mode);
        var reason = minutes > limit
            ? new MatchReason(MatchCriterion.Travel, "TravelTooFar", 0, TravelPoints, [km, minutes, mode, limit])
            : new MatchReason(MatchCriterion.Travel, km == 0 ? "TravelSameArea" : "TravelWithin", TravelPoints - (10 * minutes / limit), TravelPoints, [km, minutes, mode, limit]);
        return (reason, km, minutes);
    }

    private static List<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
