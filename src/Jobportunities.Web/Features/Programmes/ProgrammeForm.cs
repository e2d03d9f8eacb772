using Jobportunities.Core.Programmes;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Jobportunities.Web.Features.Programmes;

/// <summary>
/// The programme settings form, for creating and for editing; mapping to and from the entity is
/// plain code here. The code is only read when a programme is created: it is fixed after that.
/// </summary>
public sealed class ProgrammeForm
{
    public Guid Version { get; set; }

    public string? Code { get; set; }

    /// <summary>Set by the controller, never bound: whether <see cref="Code"/> is asked (a new programme).</summary>
    [BindNever]
    public bool IsNew { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }

    public List<string> Benefits { get; set; } = [];

    /// <summary>Empty: WW counts like any benefit in scope; N: WW only when it ends within N months.</summary>
    public int? WwEndWithinMonths { get; set; }

    public int? MaxTravelMinutes { get; set; }

    public int? TargetParticipants { get; set; }

    public int? TargetPlacements { get; set; }

    public int? TargetDurablePlacements { get; set; }

    public int? TargetEmployers { get; set; }

    public int? TargetWorkplaces { get; set; }

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

    /// <summary>
    /// Partner organisations by id (checked = true); only an administrator changes them. Keyed, so
    /// every checkbox has its own name ("Form.Partners[3]").
    /// </summary>
    public Dictionary<int, bool> Partners { get; set; } = [];

    /// <summary>Staff working in the programme by user id (checked = true); only an administrator changes them.</summary>
    public Dictionary<string, bool> Staff { get; set; } = [];

    public static ProgrammeForm From(Programme p, ProgrammeTeam? team = null) => new()
    {
        Partners = team?.PartnerOrganisationIds.ToDictionary(id => id, _ => true) ?? [],
        Staff = team?.MemberUserIds.ToDictionary(id => id, _ => true) ?? [],
        Version = p.Version,
        Name = p.Name,
        Description = p.Description,
        MinimumAge = p.Eligibility.MinimumAge,
        MaximumAge = p.Eligibility.MaximumAge,
        Benefits = p.Eligibility.BenefitsInScope.Select(b => b.ToCode()).ToList(),
        WwEndWithinMonths = p.Eligibility.WwEndWithinMonths,
        MaxTravelMinutes = p.MaxTravelMinutes,
        TargetParticipants = p.Targets.Participants,
        TargetPlacements = p.Targets.Placements,
        TargetDurablePlacements = p.Targets.DurablePlacements,
        TargetEmployers = p.Targets.Employers,
        TargetWorkplaces = p.Targets.Workplaces,
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
        new EligibilitySettings(MinimumAge!.Value, MaximumAge!.Value, Benefits.Select(ParseBenefit), WwEndWithinMonths),
        new ProgrammeTargets(TargetParticipants!.Value, TargetPlacements!.Value, TargetDurablePlacements!.Value, TargetEmployers, TargetWorkplaces),
        new DurableCheckRule(DurablePeriodMonths!.Value, DurableMinimumHours, DurableSelfEmploymentCounts, DurableWorkAndLearnCounts, DurableMaxBreakDays!.Value),
        MaxTravelMinutes!.Value,
        Budget!.Value,
        StartDate!.Value,
        EndDate!.Value,
        Areas.Where(a => !a.IsBlank).Select(a => new AreaSettings(a.Id, a.Name!, a.Country!, a.Kind, AreaForm.Split(a.Postcodes))).ToList(),
        new RetentionSettings(RetentionMonthsAfterExit!.Value, RetentionMonthsForApplications!.Value));

    public ProgrammeTeam ToTeam() => new(Partners.Where(p => p.Value).Select(p => p.Key).ToList(), Staff.Where(s => s.Value).Select(s => s.Key).ToList());

    private static BenefitSituation ParseBenefit(string code) =>
        BenefitSituations.TryParseCode(code, out var situation) ? situation : throw new ArgumentException(code);
}
