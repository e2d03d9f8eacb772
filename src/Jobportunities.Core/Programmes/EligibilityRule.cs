namespace Jobportunities.Core.Programmes;

/// <summary>
/// The eligibility rule of docs/product.md section 3, in one place: the postcode must lie in one of the
/// programme's areas, the age (in whole years on the day of assessment) within the range, and the
/// benefit situation in scope; with "WW ending within N months" a person on WW is in scope only when
/// the WW end date lies from today up to and including today + N calendar months (an end date already
/// passed or not given does not meet it). All unmet conditions are reported, not only the first.
/// </summary>
public static class EligibilityRule
{
    public static EligibilityAssessment Assess(Programme programme, CandidateFacts facts, DateOnly today)
    {
        var unmet = new List<UnmetCondition>();

        RegionArea? area = null;
        if (Postcode.TryParse(facts.PostcodeInput, facts.Country, out var postcode))
        {
            area = programme.AreaOf(postcode!);
        }

        if (area is null)
        {
            unmet.Add(new UnmetCondition(EligibilityConditions.Region));
        }

        var age = AgeOn(facts.BirthDate, today);
        if (age < programme.Eligibility.MinimumAge || age > programme.Eligibility.MaximumAge)
        {
            unmet.Add(new UnmetCondition(EligibilityConditions.Age));
        }

        if (!programme.Eligibility.Covers(facts.Benefit))
        {
            unmet.Add(new UnmetCondition(EligibilityConditions.Benefit));
        }
        else if (programme.Eligibility.AsksWwEndDate(facts.Benefit) && !WwEndsInTime(facts.WwEndDate, programme.Eligibility.WwEndWithinMonths!.Value, today))
        {
            unmet.Add(new UnmetCondition(EligibilityConditions.WwEnd));
        }

        return new EligibilityAssessment(unmet, area);
    }

    /// <summary>Today up to and including today + N calendar months (31 August + 6 = 28/29 February).</summary>
    public static bool WwEndsInTime(DateOnly? wwEndDate, int withinMonths, DateOnly today) =>
        wwEndDate is { } end && end >= today && end <= today.AddMonths(withinMonths);

    /// <summary>Age in whole years; a birthday on 29 February counts on 1 March in other years.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        if (day.Month < birthDate.Month || (day.Month == birthDate.Month && day.Day < birthDate.Day))
        {
            age--;
        }

        return age;
    }
}
