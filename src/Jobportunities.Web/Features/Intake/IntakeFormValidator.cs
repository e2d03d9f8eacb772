using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Programmes;
using Jobportunities.Web.Features.Shared;
using Jobportunities.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Intake;

public sealed class IntakeFormValidator : AbstractValidator<IntakeForm>
{
    public IntakeFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        Include(new PersonFieldsValidator(t, clock));
        RuleFor(f => f.Benefit).Must(b => BenefitSituations.TryParseCode(b, out _)).WithMessage(t["Intake.BenefitRequired"]);
        RuleFor(f => f.WwEndDate).NotNull().When(f => f.AsksWwEndDate && f.Benefit == BenefitSituation.Ww.ToCode())
            .WithMessage(t["Intake.WwEndDateRequired", t["Field.WwEndDate"]]);
        RuleFor(f => f.Education).Must(e => e is null || Enum.TryParse<EducationLevel>(e, out _)).WithMessage(t["Validation.InvalidValue"]);
        RuleFor(f => f.HoursPerWeekWish).InclusiveBetween(1, 60).When(f => f.HoursPerWeekWish is not null).WithMessage(t["Validation.Between", 1, 60]);
        RuleFor(f => f.OtherLanguages).MaxLength(FieldLengths.Intake.OtherLanguages, t, "Field.OtherLanguages");
        RuleFor(f => f.WorkExperience).MaxLength(FieldLengths.Intake.WorkExperience, t, "Field.WorkExperience");
        RuleFor(f => f.Indicators).SetValidator(new Participants.IndicatorAnswersFormValidator(t, clock));
        RuleFor(f => f.ConsentPrivacy).Equal(true).WithMessage(t["Intake.ConsentRequired"]);
    }
}
