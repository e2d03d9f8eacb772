namespace Jobportunities.Core.Programmes;

public sealed record EligibilityAssessment(IReadOnlyList<UnmetCondition> Unmet, RegionArea? Area)
{
    public bool IsEligible => Unmet.Count == 0;

    public bool Fails(string code) => Unmet.Any(u => u.Code == code);
}
