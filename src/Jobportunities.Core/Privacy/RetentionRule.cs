using Jobportunities.Core.Reporting;

namespace Jobportunities.Core.Privacy;

/// <summary>
/// THE retention rule (docs/product.md section 8, docs/privacy.md): a participant file is anonymised
/// N calendar months after the exit date (default 24, the Dutch DPA's guideline for
/// reintegration files); a declined application (one that never became a participant) M months
/// after the decision (default 6). Due on the day the
/// months have passed: an exit on 31 January with one month is due on 28 (29) February, like
/// <see cref="DateOnly.AddMonths"/> counts.
/// </summary>
public static class RetentionRule
{
    public const int DefaultMonthsAfterExit = 24;
    public const int DefaultMonthsForApplications = 6;
    public const int MinimumMonths = 1;
    public const int MaximumMonths = 120;

    /// <summary>Upload reports of referral CSV files name application references; kept this long.</summary>
    public const int UploadReportMonths = DefaultMonthsForApplications;

    public static bool IsValidMonths(int months) => months is >= MinimumMonths and <= MaximumMonths;

    public static bool IsDue(DateOnly eventDate, int months, DateOnly today) => eventDate.AddMonths(months) <= today;

    /// <summary>
    /// The last event date that is due today: every date on or before it is due, every later one
    /// is not (so a query can use one comparison). On the last day of a month, the whole month
    /// <paramref name="months"/> back is due (31 January + 1 month = 28 February).
    /// </summary>
    public static DateOnly LatestDueEventDate(DateOnly today, int months)
    {
        var back = today.AddMonths(-months);
        var isMonthEnd = today.Day == DateTime.DaysInMonth(today.Year, today.Month);
        return isMonthEnd ? new DateOnly(back.Year, back.Month, DateTime.DaysInMonth(back.Year, back.Month)) : back;
    }

    /// <summary>
    /// The birth date an anonymised file keeps: 1 January of the birth year, moved later only as
    /// far as needed to keep the age in whole years on every date the reports count an age on
    /// (entry, each placement start) — so the age bands of the dashboard and the ESF+ export do
    /// not change. Never later than the real birth date, never in another year.
    /// </summary>
    public static DateOnly GeneralisedBirthDate(DateOnly birthDate, IEnumerable<DateOnly> ageDates)
    {
        var dates = ageDates.Distinct().ToList();
        var candidate = new DateOnly(birthDate.Year, 1, 1);
        while (candidate < birthDate && dates.Any(d => AgeBands.Age(candidate, d) != AgeBands.Age(birthDate, d)))
        {
            candidate = candidate.AddDays(1);
        }

        return candidate;
    }
}
