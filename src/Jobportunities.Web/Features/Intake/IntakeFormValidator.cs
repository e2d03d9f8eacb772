using System.Text.RegularExpressions;
using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Programmes;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Intake;

public sealed partial class IntakeFormValidator : AbstractValidator<IntakeForm>
{
    public IntakeFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        var today = clock.Today();
        RuleFor(f => f.GivenName).NotEmpty().WithMessage(t["Validation.Required", t["Field.GivenName"]]).MaximumLength(100).WithMessage(t["Validation.TooLong", 100]);
        RuleFor(f => f.FamilyName).NotEmpty().WithMessage(t["Validation.Required", t["Field.FamilyName"]]).MaximumLength(100).WithMessage(t["Validation.TooLong", 100]);
        RuleFor(f => f.BirthDate).NotNull().WithMessage(t["Validation.Required", t["Field.BirthDate"]])
            .Must(d => d < today && d > today.AddYears(-110)).When(f => f.BirthDate is not null, ApplyConditionTo.CurrentValidator).WithMessage(t["Intake.BirthDateImplausible"]);
        RuleFor(f => f.Email).NotEmpty().When(f => string.IsNullOrWhiteSpace(f.Phone)).WithMessage(t["Intake.EmailOrPhone"]);
        RuleFor(f => f.Email).EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.Email)).WithMessage(t["Validation.Email"]).MaximumLength(254);
        RuleFor(f => f.Phone).Must(p => PhonePattern().IsMatch(p!)).When(f => !string.IsNullOrWhiteSpace(f.Phone)).WithMessage(t["Validation.Phone"]);
        RuleFor(f => f.Street).MaximumLength(150).WithMessage(t["Validation.TooLong", 150]);
        RuleFor(f => f.HouseNumber).MaximumLength(20).WithMessage(t["Validation.TooLong", 20]);
        RuleFor(f => f.City).MaximumLength(100).WithMessage(t["Validation.TooLong", 100]);
        RuleFor(f => f.Country).Must(Countries.IsSupported).WithMessage(t["Validation.Country"]);
        RuleFor(f => f.Postcode).NotEmpty().WithMessage(t["Validation.Required", t["Field.Postcode"]]);
        RuleFor(f => f.Postcode).Must((f, p) => Postcode.TryParse(p, f.Country, out _))
            .When(f => !string.IsNullOrWhiteSpace(f.Postcode) && Countries.IsSupported(f.Country))
            .WithMessage(f => t[f.Country?.Trim().ToUpperInvariant() == Countries.Germany ? "Validation.PostcodeDE" : "Validation.PostcodeNL"]);
        RuleFor(f => f.Benefit).Must(b => BenefitSituations.TryParseCode(b, out _)).WithMessage(t["Intake.BenefitRequired"]);
        RuleFor(f => f.WwEndDate).NotNull().When(f => f.AsksWwEndDate && f.Benefit == BenefitSituation.Ww.ToCode())
            .WithMessage(t["Intake.WwEndDateRequired", t["Field.WwEndDate"]]);
        RuleFor(f => f.Education).Must(e => e is null || Enum.TryParse<EducationLevel>(e, out _)).WithMessage(t["Validation.InvalidValue"]);
        RuleFor(f => f.HoursPerWeekWish).InclusiveBetween(1, 60).When(f => f.HoursPerWeekWish is not null).WithMessage(t["Validation.Between", 1, 60]);
        RuleFor(f => f.OtherLanguages).MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        RuleFor(f => f.WorkExperience).MaximumLength(4000).WithMessage(t["Validation.TooLong", 4000]);
        RuleFor(f => f.ConsentPrivacy).Equal(true).WithMessage(t["Intake.ConsentRequired"]);
    }

    [GeneratedRegex(@"^\+?[0-9 ()\-]{8,20}$")]
    private static partial Regex PhonePattern();
}
