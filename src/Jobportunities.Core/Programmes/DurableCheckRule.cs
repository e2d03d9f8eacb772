namespace Jobportunities.Core.Programmes;

/// <summary>
/// A programme's settings for the six-month "duurzaam" check (docs/product.md section 6). The check
/// itself is computed by the placements feature from these settings.
/// </summary>
public sealed class DurableCheckRule
{
    public const int DefaultPeriodMonths = 6;
    public const int DefaultMaxBreakDays = 28;

    private DurableCheckRule()
    {
    }

    public DurableCheckRule(
        int periodMonths = DefaultPeriodMonths,
        decimal? minimumHoursPerWeek = null,
        bool selfEmploymentCounts = true,
        bool workAndLearnCounts = true,
        int maxBreakDays = DefaultMaxBreakDays)
    {
        if (periodMonths is < 1 or > 36)
        {
            throw new ArgumentOutOfRangeException(nameof(periodMonths), "The period is 1 to 36 months.");
        }

        if (minimumHoursPerWeek is < 0 or > 60)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumHoursPerWeek), "Hours per week are 0 to 60.");
        }

        if (maxBreakDays is < 0 or > 365)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBreakDays), "The longest break is 0 to 365 days.");
        }

        PeriodMonths = periodMonths;
        MinimumHoursPerWeek = minimumHoursPerWeek;
        SelfEmploymentCounts = selfEmploymentCounts;
        WorkAndLearnCounts = workAndLearnCounts;
        MaxBreakDays = maxBreakDays;
    }

    public static DurableCheckRule Default => new(DefaultPeriodMonths);

    /// <summary>Calendar months from the start to the check date.</summary>
    public int PeriodMonths { get; private set; }

    /// <summary>Null: no minimum.</summary>
    public decimal? MinimumHoursPerWeek { get; private set; }

    public bool SelfEmploymentCounts { get; private set; }

    public bool WorkAndLearnCounts { get; private set; }

    /// <summary>The longest gap without work allowed between placements, in days.</summary>
    public int MaxBreakDays { get; private set; }

    /// <summary>
    /// The check date: start + period in calendar months, clamped to the month's last day
    /// (31 August + 6 = 28 February, or 29 February in a leap year).
    /// </summary>
    public DateOnly DueDate(DateOnly start) => Placements.DurableCheckCalculator.MonthsLater(start, PeriodMonths);
}
