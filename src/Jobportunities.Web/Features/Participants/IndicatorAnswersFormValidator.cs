using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Participants;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Participants;

/// <summary>
/// The ESF+ questions: the labour-market status is required; someone looking for work says since
/// when (month and year, not in the future) or that they never worked; the voluntary questions
/// may stay empty. Used on its own (indicators page) and inside the intake form's validator.
/// </summary>
public sealed class IndicatorAnswersFormValidator : AbstractValidator<IndicatorAnswersForm>
{
    public const int EarliestYear = 1950;

    public IndicatorAnswersFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        var today = clock.Today();
        RuleFor(f => f.LabourMarketStatus)
            .Must(s => Enum.TryParse<LabourMarketAnswer>(s, out var a) && IndicatorAnswersForm.Statuses.Contains(a))
            .WithMessage(t["Indicators.StatusRequired", t["Field.LabourMarketStatus"]]);
        When(f => f.LabourMarketStatus == nameof(LabourMarketAnswer.Unemployed) && !f.NeverWorked, () =>
        {
            RuleFor(f => f.WithoutWorkSinceMonth).NotNull().WithMessage(t["Indicators.SinceRequired", t["Field.WithoutWorkSinceMonth"]])
                .InclusiveBetween(1, 12).WithMessage(t["Validation.Between", 1, 12]);
            RuleFor(f => f.WithoutWorkSinceYear).NotNull().WithMessage(t["Indicators.SinceRequired", t["Field.WithoutWorkSinceYear"]])
                .InclusiveBetween(EarliestYear, today.Year).WithMessage(t["Validation.Between", EarliestYear, today.Year]);
            RuleFor(f => f.WithoutWorkSinceMonth)
                .Must((f, m) => new DateOnly(f.WithoutWorkSinceYear!.Value, m!.Value, 1) <= today)
                .When(f => f.WithoutWorkSinceMonth is >= 1 and <= 12 && f.WithoutWorkSinceYear >= EarliestYear && f.WithoutWorkSinceYear <= today.Year)
                .WithMessage(t["Indicators.SinceInFuture", t["Field.WithoutWorkSinceMonth"]]);
        });
        RuleFor(f => f.Disability).Must(IndicatorAnswersForm.IsAnswer).WithMessage(t["Validation.Invalid", t["Field.Disability"]]);
        RuleFor(f => f.ThirdCountryNational).Must(IndicatorAnswersForm.IsAnswer).WithMessage(t["Validation.Invalid", t["Field.ThirdCountryNational"]]);
        RuleFor(f => f.ForeignBackground).Must(IndicatorAnswersForm.IsAnswer).WithMessage(t["Validation.Invalid", t["Field.ForeignBackground"]]);
        RuleFor(f => f.Minority).Must(IndicatorAnswersForm.IsAnswer).WithMessage(t["Validation.Invalid", t["Field.Minority"]]);
        RuleFor(f => f.HousingExclusion).Must(IndicatorAnswersForm.IsAnswer).WithMessage(t["Validation.Invalid", t["Field.HousingExclusion"]]);
    }
}
