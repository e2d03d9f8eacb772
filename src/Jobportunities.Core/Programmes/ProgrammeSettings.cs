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
