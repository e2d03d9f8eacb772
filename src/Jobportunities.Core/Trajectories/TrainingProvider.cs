using Jobportunities.Core.Data;
using Jobportunities.Core.Organisations;

namespace Jobportunities.Core.Trajectories;

/// <summary>An opleider (NL) or Bildungsträger (DE) with its courses.</summary>
public sealed class TrainingProvider : IVersioned, Common.IArchivable
{
    private readonly List<Course> _courses = [];

    private TrainingProvider()
    {
    }

    public TrainingProvider(string name, string country, string city, string postcode)
    {
        Update(name, country, city, postcode);
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public string Country { get; private set; } = Countries.Netherlands;

    public string City { get; private set; } = "";

    public string Postcode { get; private set; } = "";

    public Guid Version { get; private set; }

    /// <summary>Set while archived: out of lists and choices, still shown where history points at it (ADR 0025).</summary>
    public DateTime? ArchivedUtc { get; private set; }

    public bool IsArchived => ArchivedUtc is not null;

    /// <summary>Archives instead of deleting (ADR 0025); returns whether anything changed.</summary>
    public bool Archive(DateTime nowUtc)
    {
        if (IsArchived)
        {
            return false;
        }

        ArchivedUtc = nowUtc;
        NewVersion();
        return true;
    }

    /// <summary>Brings the record back into lists and choices; returns whether anything changed.</summary>
    public bool Restore()
    {
        if (!IsArchived)
        {
            return false;
        }

        ArchivedUtc = null;
        NewVersion();
        return true;
    }

    public IReadOnlyCollection<Course> Courses => _courses;

    public void Update(string name, string country, string city, string postcode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(city);
        Name = name.Trim();
        Country = Countries.Normalise(country);
        City = city.Trim();
        Postcode = TrainingPlaces.NormalisePostcode(postcode, Country);
        NewVersion();
    }

    public Course AddCourse(CourseDetails details)
    {
        var course = new Course(details, Country);
        _courses.Add(course);
        return course;
    }

    public void NewVersion() => Version = Guid.NewGuid();
}

/// <summary>What a form says about a course.</summary>
public sealed record CourseDetails(
    string Title,
    Common.Sector Sector,
    int Level,
    string Language,
    string LocationPostcode,
    string? LocationCity,
    decimal Cost,
    int? DurationWeeks,
    string? Description);

public static class TrainingPlaces
{
    /// <summary>The languages a course can be taught in.</summary>
    public static readonly IReadOnlyList<string> Languages = ["nl", "de", "en"];

    public const int MinimumLevel = 1;
    public const int MaximumLevel = 8;

    public static string NormalisePostcode(string postcode, string country)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(postcode);
        return Programmes.Postcode.TryParse(postcode, country, out var parsed) ? parsed!.Value : postcode.Trim().ToUpperInvariant();
    }
}
