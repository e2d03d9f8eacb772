using Jobportunities.Core.Reporting;

namespace Jobportunities.Core.Participants;

/// <summary>
/// Long-term unemployed at entry (ESF+ indicator EECO03), the European Commission's definition
/// that managing authorities apply (docs/reporting.md): unemployed and, on the day of entry,
/// continuously without paid work for more than 12 months (25 and older) or more than 6 months
/// (younger than 25). The person gives the month; it counts from the first day of that month.
/// "Never worked" counts as long-term from 25 on; under 25 the length is not known and it does not count.
/// </summary>
public static class LongTermUnemploymentRule
{
    public const int MonthsFrom25 = 12;
    public const int MonthsUnder25 = 6;
    public const int YouthAge = 25;

    public static bool IsLongTermUnemployed(IndicatorAnswers answers, DateOnly birthDate, DateOnly entryDate)
    {
        if (answers.LabourMarket != LabourMarketAnswer.Unemployed)
        {
            return false;
        }

        var young = AgeBands.Age(birthDate, entryDate) < YouthAge;
        if (answers.NeverWorked)
        {
            return !young;
        }

        // "More than N months": the N-month mark lies before the day of entry.
        return answers.WithoutWorkSince is { } since && since.AddMonths(young ? MonthsUnder25 : MonthsFrom25) < entryDate;
    }
}
