using System.Text.RegularExpressions;
using Jobportunities.Core.Data;

namespace Jobportunities.Core.Programmes;

/// <summary>A funded reintegration programme with its region, rules, targets and budget.</summary>
public sealed partial class Programme : IVersioned
{
    private readonly List<RegionArea> _areas = [];
    private readonly List<ProgrammePartner> _partners = [];

    private Programme()
    {
    }

    public Programme(
        string code,
        string name,
        EligibilitySettings eligibility,
        ProgrammeTargets targets,
        DurableCheckRule durableRule,
        int maxTravelMinutes,
        decimal budget,
        DateOnly startDate,
        DateOnly endDate)
    {
        if (!IsValidCode(code))
        {
            throw new ArgumentException("A programme code is lower case letters, digits and hyphens.", nameof(code));
        }

        Code = code;
        Update(name, null, eligibility, targets, durableRule, maxTravelMinutes, budget, startDate, endDate);
    }

    public int Id { get; private set; }

    /// <summary>The stable code used in URLs and the API, e.g. "new-jobportunities-2".</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    public EligibilitySettings Eligibility { get; private set; } = null!;

    public ProgrammeTargets Targets { get; private set; } = null!;

    public DurableCheckRule DurableRule { get; private set; } = null!;

    /// <summary>The longest one-way travel time to work or training the programme accepts.</summary>
    public int MaxTravelMinutes { get; private set; }

    public decimal Budget { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    /// <summary>Months after exit before a participant file is anonymised (docs/privacy.md).</summary>
    public int RetentionMonthsAfterExit { get; private set; } = Privacy.RetentionRule.DefaultMonthsAfterExit;

    /// <summary>Months before an application that never became a participant is anonymised.</summary>
    public int RetentionMonthsForApplications { get; private set; } = Privacy.RetentionRule.DefaultMonthsForApplications;

    public Guid Version { get; private set; }

    /// <summary>Set when the programme no longer takes applications or referrals; its files stay as they are.</summary>
    public DateTime? ClosedUtc { get; private set; }

    public bool IsClosed => ClosedUtc is not null;

    public IReadOnlyCollection<RegionArea> Areas => _areas;

    public IReadOnlyCollection<ProgrammePartner> Partners => _partners;

    public void Update(
        string name,
        string? description,
        EligibilitySettings eligibility,
        ProgrammeTargets targets,
        DurableCheckRule durableRule,
        int maxTravelMinutes,
        decimal budget,
        DateOnly startDate,
        DateOnly endDate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (maxTravelMinutes is < 1 or > 600)
        {
            throw new ArgumentOutOfRangeException(nameof(maxTravelMinutes));
        }

        if (budget < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(budget));
        }

        if (endDate < startDate)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(endDate));
        }

        Name = name.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        Eligibility = eligibility;
        Targets = targets;
        DurableRule = durableRule;
        MaxTravelMinutes = maxTravelMinutes;
        Budget = budget;
        StartDate = startDate;
        EndDate = endDate;

        // Owned settings are replaced, which EF does not count as a change of the programme row.
        NewVersion();
    }

    public void SetRetention(int monthsAfterExit, int monthsForApplications)
    {
        if (!Privacy.RetentionRule.IsValidMonths(monthsAfterExit) || !Privacy.RetentionRule.IsValidMonths(monthsForApplications))
        {
            throw new ArgumentOutOfRangeException(nameof(monthsAfterExit));
        }

        RetentionMonthsAfterExit = monthsAfterExit;
        RetentionMonthsForApplications = monthsForApplications;
        NewVersion();
    }

    public RegionArea AddArea(string name, string country, AreaKind kind, IEnumerable<string> postcodes)
    {
        var area = new RegionArea(name, country, kind, postcodes);
        _areas.Add(area);
        return area;
    }

    /// <summary>Applies the areas as submitted: updates by id, adds new ones, removes those left out.</summary>
    public void ReplaceAreas(IReadOnlyList<AreaSettings> areas)
    {
        NewVersion();
        _areas.RemoveAll(existing => areas.All(a => a.Id != existing.Id));
        foreach (var settings in areas)
        {
            var area = settings.Id is null ? null : _areas.FirstOrDefault(a => a.Id == settings.Id);
            if (area is null)
            {
                AddArea(settings.Name, settings.Country, settings.Kind, settings.Postcodes);
            }
            else
            {
                area.Change(settings.Name, settings.Country, settings.Kind, settings.Postcodes);
            }
        }
    }

    public void Close(DateTime nowUtc)
    {
        ClosedUtc ??= nowUtc;
        NewVersion();
    }

    public void Reopen()
    {
        ClosedUtc = null;
        NewVersion();
    }

    /// <summary>Keeps the partners listed (their role as it was), adds new ones and removes the others.</summary>
    public void ReplacePartners(IReadOnlyCollection<int> organisationIds)
    {
        _partners.RemoveAll(p => !organisationIds.Contains(p.OrganisationId));
        foreach (var id in organisationIds)
        {
            AddPartner(id, "");
        }
    }

    public void AddPartner(int organisationId, string role)
    {
        if (_partners.All(p => p.OrganisationId != organisationId))
        {
            _partners.Add(new ProgrammePartner(organisationId, role));
        }
    }

    /// <summary>The area a postcode lies in, or null when it is outside the region.</summary>
    public RegionArea? AreaOf(Postcode postcode) =>
        _areas.FirstOrDefault(a => a.Country == postcode.Country && a.Contains(postcode.Area));

    public void NewVersion() => Version = Guid.NewGuid();

    /// <summary>Lower case letters, digits and single hyphens, e.g. "groningen-werkprogramma"; "new" is the create page.</summary>
    public static bool IsValidCode(string? code) => code is not null && code.Length <= 60 && code != "new" && CodePattern().IsMatch(code);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
