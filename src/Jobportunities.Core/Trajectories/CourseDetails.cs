namespace Jobportunities.Core.Trajectories;

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
