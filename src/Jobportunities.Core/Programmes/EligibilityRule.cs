namespace Jobportunities.Core.Programmes;

/// <summary>The facts of a candidate that eligibility is assessed on.</summary>
public sealed record CandidateFacts(string? PostcodeInput, string? Country, DateOnly BirthDate, BenefitSituation Benefit);

/// <summary>Codes of unmet conditions; the API returns them and the UI translates them.</summary>
public static class EligibilityConditions
{
    public const string Region = "region";
    public const string Age = "age";
    public const string Benefit = "benefit";
}

public sealed record UnmetCondition(string Code);

public sealed record EligibilityAssessment(IReadOnlyList<UnmetCondition> Unmet, RegionArea? Area)
{
    public bool IsEligible => Unmet.Count == 0;

    public bool Fails(string code) => Unmet.Any(u => u.Code == code);
}

/// <summary>
/// The eligibility rule of docs/product.md section 3, in one place: the postcode must lie in one of the
/// programme's areas, the age (in whole years on the day of assessment) within the range, and the
/// benefit situation in scope. All unmet conditions are reported, not only the first.
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

        return new EligibilityAssessment(unmet, area);
    }

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
