namespace Jobportunities.Core.Programmes;

/// <summary>The editable settings of a programme, as a lead or administrator submits them.</summary>
public sealed record ProgrammeSettings(
    string Name,
    string? Description,
    EligibilitySettings Eligibility,
    ProgrammeTargets Targets,
    DurableCheckRule DurableRule,
    int MaxTravelMinutes,
    decimal Budget,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<AreaSettings> Areas,
    RetentionSettings? Retention = null);

/// <summary>How long files are kept before anonymisation (docs/privacy.md); null leaves them as they are.</summary>
public sealed record RetentionSettings(int MonthsAfterExit, int MonthsForApplications);

/// <summary>An area of the region: Id null for a new one; an existing area left out is removed.</summary>
public sealed record AreaSettings(int? Id, string Name, string Country, AreaKind Kind, IReadOnlyList<string> Postcodes);

/// <summary>Who works with a programme: partner organisations (whose referrers may refer to it) and staff members.</summary>
public sealed record ProgrammeTeam(IReadOnlyList<int> PartnerOrganisationIds, IReadOnlyList<string> MemberUserIds);
