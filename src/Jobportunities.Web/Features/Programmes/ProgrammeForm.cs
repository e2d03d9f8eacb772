using Jobportunities.Core.Programmes;

namespace Jobportunities.Web.Features.Programmes;

/// <summary>The programme settings form; mapping to and from the entity is plain code here.</summary>
public sealed class ProgrammeForm
{
    public Guid Version { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }

    public List<string> Benefits { get; set; } = [];

    public int? MaxTravelMinutes { get; set; }

    public int? TargetParticipants { get; set; }

    public int? TargetPlacements { get; set; }

    public int? TargetDurablePlacements { get; set; }

    public decimal? Budget { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public int? DurablePeriodMonths { get; set; }

    public decimal? DurableMinimumHours { get; set; }

    public bool DurableSelfEmploymentCounts { get; set; }

    public bool DurableWorkAndLearnCounts { get; set; }

    public int? DurableMaxBreakDays { get; set; }

    public int? RetentionMonthsAfterExit { get; set; }

    public int? RetentionMonthsForApplications { get; set; }

    public List<AreaForm> Areas { get; set; } = [];

    public static ProgrammeForm From(Programme p) => new()
    {
        Version = p.Version,
        Name = p.Name,
        Description = p.Description,
        MinimumAge = p.Eligibility.MinimumAge,
        MaximumAge = p.Eligibility.MaximumAge,
        Benefits = p.Eligibility.BenefitsInScope.Select(b => b.ToCode()).ToList(),
        MaxTravelMinutes = p.MaxTravelMinutes,
        TargetParticipants = p.Targets.Participants,
        TargetPlacements = p.Targets.Placements,
        TargetDurablePlacements = p.Targets.DurablePlacements,
        Budget = p.Budget,
        StartDate = p.StartDate,
        EndDate = p.EndDate,
        DurablePeriodMonths = p.DurableRule.PeriodMonths,
        DurableMinimumHours = p.DurableRule.MinimumHoursPerWeek,
        DurableSelfEmploymentCounts = p.DurableRule.SelfEmploymentCounts,
        DurableWorkAndLearnCounts = p.DurableRule.WorkAndLearnCounts,
        DurableMaxBreakDays = p.DurableRule.MaxBreakDays,
        RetentionMonthsAfterExit = p.RetentionMonthsAfterExit,
        RetentionMonthsForApplications = p.RetentionMonthsForApplications,
        Areas = p.Areas.OrderBy(a => a.Country).ThenBy(a => a.Name).Select(a => new AreaForm
        {
            Id = a.Id,
            Name = a.Name,
            Country = a.Country,
            Kind = a.Kind,
            Postcodes = string.Join(' ', a.Postcodes.Select(c => c.Code).Order(StringComparer.Ordinal)),
        }).ToList(),
    };

    /// <summary>Only called after validation succeeded, so every value is present and in range.</summary>
    public ProgrammeSettings ToSettings() => new(
        Name!,
        Description,
        new EligibilitySettings(MinimumAge!.Value, MaximumAge!.Value, Benefits.Select(ParseBenefit)),
        new ProgrammeTargets(TargetParticipants!.Value, TargetPlacements!.Value, TargetDurablePlacements!.Value),
        new DurableCheckRule(DurablePeriodMonths!.Value, DurableMinimumHours, DurableSelfEmploymentCounts, DurableWorkAndLearnCounts, DurableMaxBreakDays!.Value),
        MaxTravelMinutes!.Value,
        Budget!.Value,
        StartDate!.Value,
        EndDate!.Value,
        Areas.Where(a => !a.IsBlank).Select(a => new AreaSettings(a.Id, a.Name!, a.Country!, a.Kind, AreaForm.Split(a.Postcodes))).ToList(),
        new RetentionSettings(RetentionMonthsAfterExit!.Value, RetentionMonthsForApplications!.Value));

    private static BenefitSituation ParseBenefit(string code) =>
        BenefitSituations.TryParseCode(code, out var situation) ? situation : throw new ArgumentException(code);
}

public sealed class AreaForm
{
    public int? Id { get; set; }

    public string? Name { get; set; }

    public string? Country { get; set; }

    public AreaKind Kind { get; set; }

    /// <summary>PC4 codes (NL) or PLZ (DE), separated by spaces, commas or new lines.</summary>
    public string? Postcodes { get; set; }

    /// <summary>The empty row for a new area, left empty.</summary>
    public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Postcodes);

    public static IReadOnlyList<string> Split(string? postcodes) =>
        (postcodes ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
