using Jobportunities.Core.Common;
using Jobportunities.Web.Infrastructure;
using FluentValidation;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Privacy;
using Jobportunities.Core.Programmes;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Programmes;

public sealed class ProgrammeFormValidator : AbstractValidator<ProgrammeForm>
{
    public ProgrammeFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Code).NotEmpty().When(f => f.IsNew).WithMessage(t["Validation.Required", t["Field.Code"]])
            .MaximumLength(60).WithMessage(t["Validation.TooLong", 60])
            .Must(Programme.IsValidCode).When(f => f.IsNew && !string.IsNullOrEmpty(f.Code), ApplyConditionTo.CurrentValidator).WithMessage(t["Programme.CodeFormat"]);
        RuleFor(f => f.Name).NotEmpty().WithMessage(t["Validation.Required", t["Field.Name"]]).MaxLength(FieldLengths.Programme.Name, t, "Field.Name");
        RuleFor(f => f.Description).MaxLength(FieldLengths.Programme.Description, t, "Field.Description");
        RuleFor(f => f.MinimumAge).NotNull().WithMessage(t["Validation.Required", t["Field.MinimumAge"]])
            .InclusiveBetween(0, 120).WithMessage(t["Validation.Between", 0, 120]);
        RuleFor(f => f.MaximumAge).NotNull().WithMessage(t["Validation.Required", t["Field.MaximumAge"]])
            .InclusiveBetween(0, 120).WithMessage(t["Validation.Between", 0, 120])
            .GreaterThanOrEqualTo(f => f.MinimumAge).When(f => f.MinimumAge is not null, ApplyConditionTo.CurrentValidator).WithMessage(t["Programme.AgeRange"]);
        RuleFor(f => f.Benefits).NotEmpty().WithMessage(t["Programme.BenefitsRequired"]);
        RuleForEach(f => f.Benefits).Must(b => BenefitSituations.TryParseCode(b, out _)).WithMessage(t["Programme.BenefitsRequired"]);
        RuleFor(f => f.WwEndWithinMonths).InclusiveBetween(1, EligibilitySettings.MaxWwEndWithinMonths)
            .WithMessage(t["Programme.WwEndWithinMonthsRange", t["Field.WwEndWithinMonths"], 1, EligibilitySettings.MaxWwEndWithinMonths]);
        RuleFor(f => f.WwEndWithinMonths).Must((f, _) => f.Benefits.Contains(BenefitSituation.Ww.ToCode()))
            .When(f => f.WwEndWithinMonths is not null).WithMessage(t["Programme.WwEndNeedsWw", t["Field.WwEndWithinMonths"]]);
        RuleFor(f => f.TargetEmployers).GreaterThanOrEqualTo(0).WithMessage(t["Validation.NotNegative"]);
        RuleFor(f => f.TargetWorkplaces).GreaterThanOrEqualTo(0).WithMessage(t["Validation.NotNegative"]);
        RuleFor(f => f.MaxTravelMinutes).NotNull().WithMessage(t["Validation.Required", t["Field.MaxTravelMinutes"]])
            .InclusiveBetween(1, 600).WithMessage(t["Validation.Between", 1, 600]);
        RuleFor(f => f.TargetParticipants).NotNull().WithMessage(t["Validation.Required", t["Field.TargetParticipants"]]).GreaterThanOrEqualTo(0).WithMessage(t["Validation.NotNegative"]);
        RuleFor(f => f.TargetPlacements).NotNull().WithMessage(t["Validation.Required", t["Field.TargetPlacements"]]).GreaterThanOrEqualTo(0).WithMessage(t["Validation.NotNegative"]);
        RuleFor(f => f.TargetDurablePlacements).NotNull().WithMessage(t["Validation.Required", t["Field.TargetDurablePlacements"]]).GreaterThanOrEqualTo(0).WithMessage(t["Validation.NotNegative"]);
        RuleFor(f => f.Budget).NotNull().WithMessage(t["Validation.Required", t["Field.Budget"]]).GreaterThanOrEqualTo(0).WithMessage(t["Validation.NotNegative"]);
        RuleFor(f => f.StartDate).NotNull().WithMessage(t["Validation.Required", t["Field.StartDate"]]);
        RuleFor(f => f.EndDate).NotNull().WithMessage(t["Validation.Required", t["Field.EndDate"]])
            .GreaterThanOrEqualTo(f => f.StartDate).When(f => f.StartDate is not null, ApplyConditionTo.CurrentValidator).WithMessage(t["Programme.PeriodOrder"]);
        RuleFor(f => f.DurablePeriodMonths).NotNull().WithMessage(t["Validation.Required", t["Field.DurablePeriodMonths"]])
            .InclusiveBetween(1, 36).WithMessage(t["Validation.Between", 1, 36]);
        RuleFor(f => f.DurableMinimumHours).InclusiveBetween(0, 60).WithMessage(t["Validation.Between", 0, 60]);
        RuleFor(f => f.DurableMaxBreakDays).NotNull().WithMessage(t["Validation.Required", t["Field.DurableMaxBreakDays"]])
            .InclusiveBetween(0, 365).WithMessage(t["Validation.Between", 0, 365]);
        RuleFor(f => f.RetentionMonthsAfterExit).NotNull().WithMessage(t["Validation.Required", t["Field.RetentionMonthsAfterExit"]])
            .InclusiveBetween(RetentionRule.MinimumMonths, RetentionRule.MaximumMonths)
            .WithMessage(t["Privacy.MonthsBetween", t["Field.RetentionMonthsAfterExit"], RetentionRule.MinimumMonths, RetentionRule.MaximumMonths]);
        RuleFor(f => f.RetentionMonthsForApplications).NotNull().WithMessage(t["Validation.Required", t["Field.RetentionMonthsForApplications"]])
            .InclusiveBetween(RetentionRule.MinimumMonths, RetentionRule.MaximumMonths)
            .WithMessage(t["Privacy.MonthsBetween", t["Field.RetentionMonthsForApplications"], RetentionRule.MinimumMonths, RetentionRule.MaximumMonths]);
        RuleForEach(f => f.Areas).ChildRules(area =>
        {
            area.RuleFor(a => a.Name).NotEmpty().When(a => !a.IsBlank).WithMessage(t["Validation.Required", t["Field.AreaName"]])
                .MaximumLength(120).WithMessage(t["Validation.TooLong", 120]);
            area.RuleFor(a => a.Country).Must(Countries.IsSupported).When(a => !a.IsBlank).WithMessage(t["Validation.Country"]);
            area.RuleFor(a => a.Postcodes).NotEmpty().When(a => !a.IsBlank).WithMessage(t["Programme.PostcodesRequired"]);
            area.RuleFor(a => a.Postcodes)
                .Must((a, codes) => AreaForm.Split(codes).All(c => Postcode.TryParseArea(c, a.Country!, out _)))
                .When(a => !a.IsBlank && Countries.IsSupported(a.Country))
                .WithMessage((a, codes) => t["Programme.PostcodesInvalid", string.Join(", ", AreaForm.Split(codes).Where(c => !Postcode.TryParseArea(c, a.Country!, out _)).Take(10))]);
        });
        RuleFor(f => f.Areas).Must(a => a.Any(x => !x.IsBlank)).WithMessage(t["Programme.AreasRequired"]);
    }
}
