using Jobportunities.Core.Placements;

namespace Jobportunities.Web.Features.Placements;

public sealed class PlacementForm
{
    public int? EmployerId { get; set; }

    public int? VacancyId { get; set; }

    public PlacementKind Kind { get; set; }

    public ContractType ContractType { get; set; }

    public decimal? HoursPerWeek { get; set; }

    public string? Country { get; set; } = "NL";

    public DateOnly? StartDate { get; set; }

    public PlacementInput ToInput() => new(EmployerId!.Value, VacancyId, Kind, ContractType, HoursPerWeek!.Value, Country!, StartDate!.Value);
}
