using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;

namespace Jobportunities.Web.Demo;

/// <summary>
/// ESF+ answers for the demo people, spread by their place in the list so every indicator of the
/// demo programme's export has a value: the status follows the benefit (with a few in work or not
/// looking), about one in five never worked or has been without work for a short while, and each
/// voluntary question has yes, no, "I'd rather not say" and not asked.
/// </summary>
internal static class DemoIndicators
{
    public static IndicatorAnswers For(BenefitSituation benefit, int index, DateOnly today)
    {
        var status = index % 11 == 5 ? LabourMarketAnswer.Employed
            : benefit == BenefitSituation.None && index % 3 == 0 ? LabourMarketAnswer.Inactive
            : LabourMarketAnswer.Unemployed;
        var neverWorked = status == LabourMarketAnswer.Unemployed && index % 9 == 4;
        var monthsWithout = 2 + (index * 7 % 40);
        var since = new DateOnly(today.Year, today.Month, 1).AddMonths(-monthsWithout);
        return new IndicatorAnswers
        {
            LabourMarket = status,
            NeverWorked = neverWorked,
            WithoutWorkSince = status == LabourMarketAnswer.Unemployed && !neverWorked ? since : null,
            Disability = Spread(index, 4),
            ThirdCountryNational = Spread(index + 1, 6),
            ForeignBackground = Spread(index + 2, 3),
            Minority = Spread(index + 3, 8),
            HousingExclusion = Spread(index + 4, 7),
        };
    }

    /// <summary>Yes for one in <paramref name="every"/>; the others no, now and then "rather not say" or not asked.</summary>
    private static VoluntaryAnswer Spread(int index, int every) => (index % every, index % 10) switch
    {
        (0, _) => VoluntaryAnswer.Yes,
        (_, 7) => VoluntaryAnswer.RatherNotSay,
        (_, 9) => VoluntaryAnswer.NotAsked,
        _ => VoluntaryAnswer.No,
    };
}
