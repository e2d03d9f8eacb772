using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Microsoft.Extensions.Localization;

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

public sealed class EndForm
{
    public int PlacementId { get; set; }

    public DateOnly? EndDate { get; set; }

    public PlacementEndReason Reason { get; set; }
}

public sealed class EndFormValidator : AbstractValidator<EndForm>
{
    public EndFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.EndDate).NotNull().WithMessage(t["Validation.Required", t["Field.EndDate"]]);
        RuleFor(f => f.Reason).IsInEnum().WithMessage(t["Validation.Invalid", t["Field.EndReason"]]);
    }
}

public sealed class PlacementFormValidator : AbstractValidator<PlacementForm>
{
    public PlacementFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(f => f.EmployerId).NotNull().WithMessage(t["Placements.EmployerRequired"]);
        RuleFor(f => f.HoursPerWeek).NotNull().WithMessage(t["Validation.Required", t["Field.HoursPerWeek"]]);
        RuleFor(f => f.HoursPerWeek).InclusiveBetween(1, 60).When(f => f.HoursPerWeek is not null).WithMessage(t["Validation.Between", 1, 60]);
        RuleFor(f => f.Country).Must(Countries.IsSupported).WithMessage(t["Validation.Country"]);
        RuleFor(f => f.StartDate).NotNull().WithMessage(t["Validation.Required", t["Field.StartDate"]]);
        RuleFor(f => f.StartDate).Must(d => d <= clock.Today().AddYears(1)).When(f => f.StartDate is not null).WithMessage(t["Placements.StartTooFar"]);
    }
}

public sealed record PlacementsPage(
    Participant Participant,
    FileRights Rights,
    IReadOnlyList<Placement> Placements,
    IReadOnlyList<DurableCheck> Checks,
    IReadOnlyList<(int Id, string Name)> Employers,
    PlacementForm Form,
    EndForm End);
