using Jobportunities.Core.Common;

namespace Jobportunities.Core.Trajectories;

/// <summary>
/// A course (training place) of a provider: sector, level (NLQF/DQR, which follow the EQF
/// levels 1–8), language, location and cost. Each start date is a <see cref="CourseRun"/> with its seats.
/// </summary>
public sealed class Course : ArchivableRecord, IArchivable
{
    private readonly List<CourseRun> _runs = [];

    private Course()
    {
    }

    internal Course(CourseDetails details, string country)
    {
        IsActive = true;
        Update(details, country);
    }

    public int Id { get; private set; }

    public int TrainingProviderId { get; private set; }

    public TrainingProvider? TrainingProvider { get; private set; }

    public string Title { get; private set; } = "";

    public Sector Sector { get; private set; }

    /// <summary>NLQF / DQR level, 1–8 (the EQF scale both countries use).</summary>
    public int Level { get; private set; }

    /// <summary>nl, de or en.</summary>
    public string Language { get; private set; } = "nl";

    public string LocationPostcode { get; private set; } = "";

    public string? LocationCity { get; private set; }

    public decimal Cost { get; private set; }

    public int? DurationWeeks { get; private set; }

    public string? Description { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyCollection<CourseRun> Runs => _runs;

    public void Update(CourseDetails d, string country)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(d.Title);
        ArgumentOutOfRangeException.ThrowIfNegative(d.Cost);
        if (d.Level is < TrainingPlaces.MinimumLevel or > TrainingPlaces.MaximumLevel)
        {
            throw new ArgumentOutOfRangeException(nameof(d), "The level is 1 to 8.");
        }

        if (!TrainingPlaces.Languages.Contains(d.Language))
        {
            throw new ArgumentOutOfRangeException(nameof(d), "The language is nl, de or en.");
        }

        if (d.DurationWeeks is < 1 or > 260)
        {
            throw new ArgumentOutOfRangeException(nameof(d), "The duration is 1 to 260 weeks.");
        }

        Title = d.Title.Trim();
        Sector = d.Sector;
        Level = d.Level;
        Language = d.Language;
        LocationPostcode = TrainingPlaces.NormalisePostcode(d.LocationPostcode, country);
        LocationCity = string.IsNullOrWhiteSpace(d.LocationCity) ? null : d.LocationCity.Trim();
        Cost = d.Cost;
        DurationWeeks = d.DurationWeeks;
        Description = string.IsNullOrWhiteSpace(d.Description) ? null : d.Description.Trim();
        NewVersion();
    }

    public void SetActive(bool active)
    {
        IsActive = active;
        NewVersion();
    }

    public CourseRun AddRun(DateOnly startDate, int seats)
    {
        var run = new CourseRun(startDate, seats);
        _runs.Add(run);
        return run;
    }

    /// <summary>The planned end of a run that starts on <paramref name="start"/>, when the duration is known.</summary>
    public DateOnly? EndOf(DateOnly start) => DurationWeeks is { } weeks ? start.AddDays((weeks * 7) - 1) : null;
}
