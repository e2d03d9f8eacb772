using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Organisations;

namespace Jobportunities.Core.Employers;

public enum VacancyStatus
{
    Open,
    Filled,
    Closed,
}

/// <summary>
/// A vacancy or workplace at an employer. A "created workplace" is a place made for someone
/// far from the labour market (Meedoen Werkt's hundred employers).
/// </summary>
public sealed class Vacancy : IVersioned, IArchivable
{
    private Vacancy()
    {
    }

    public Vacancy(int employerId, int programmeId, string title, Sector sector, decimal hoursPerWeek, string postcode, string country, int openings, string? requirements, bool isCreatedWorkplace, DateTime createdUtc)
    {
        EmployerId = employerId;
        ProgrammeId = programmeId;
        CreatedUtc = createdUtc;
        Status = VacancyStatus.Open;
        Update(title, sector, hoursPerWeek, postcode, country, openings, requirements, isCreatedWorkplace);
    }

    public int Id { get; private set; }

    public int EmployerId { get; private set; }

    public Employer? Employer { get; private set; }

    /// <summary>The programme whose candidates are matched to it.</summary>
    public int ProgrammeId { get; private set; }

    public string Title { get; private set; } = "";

    public Sector Sector { get; private set; }

    public decimal HoursPerWeek { get; private set; }

    public string Postcode { get; private set; } = "";

    public string Country { get; private set; } = Countries.Netherlands;

    public int Openings { get; private set; }

    public string? Requirements { get; private set; }

    public bool IsCreatedWorkplace { get; private set; }

    public VacancyStatus Status { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public Guid Version { get; private set; }

    /// <summary>Set while the vacancy is archived: out of lists and choices, still shown where history points at it (ADR 0025).</summary>
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

    /// <summary>Brings an archived vacancy back into lists and choices; returns whether anything changed.</summary>
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

    public void Update(string title, Sector sector, decimal hoursPerWeek, string postcode, string country, int openings, string? requirements, bool isCreatedWorkplace)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (hoursPerWeek is <= 0 or > 60)
        {
            throw new ArgumentOutOfRangeException(nameof(hoursPerWeek));
        }

        if (openings is < 1 or > 500)
        {
            throw new ArgumentOutOfRangeException(nameof(openings));
        }

        Country = Countries.Normalise(country);
        Postcode = Programmes.Postcode.TryParse(postcode, Country, out var pc) ? pc!.Value : throw new ArgumentException("Not a postcode of the country.", nameof(postcode));
        Title = title.Trim();
        Sector = sector;
        HoursPerWeek = hoursPerWeek;
        Openings = openings;
        Requirements = string.IsNullOrWhiteSpace(requirements) ? null : requirements.Trim();
        IsCreatedWorkplace = isCreatedWorkplace;
        NewVersion();
    }

    public void SetStatus(VacancyStatus status)
    {
        Status = status;
        NewVersion();
    }

    public void NewVersion() => Version = Guid.NewGuid();
}
