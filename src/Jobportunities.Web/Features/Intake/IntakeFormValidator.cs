using System.Text.RegularExpressions;
using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Programmes;
using Jobportunities.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Intake;

public sealed partial class IntakeFormValidator : AbstractValidator<IntakeForm>
{
    public IntakeFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        var today = clock.Today();
        RuleFor(f => f.GivenName).NotEmpty().WithMessage(t["Validation.Required", t["Field.GivenName"]]).MaxLength(FieldLengths.Person.GivenName, t, "Field.GivenName");
        RuleFor(f => f.FamilyName).NotEmpty().WithMessage(t["Validation.Required", t["Field.FamilyName"]]).MaxLength(FieldLengths.Person.FamilyName, t, "Field.FamilyName");
        RuleFor(f => f.BirthDate).NotNull().WithMessage(t["Validation.Required", t["Field.BirthDate"]])
            .Must(d => d < today && d > today.AddYears(-110)).When(f => f.BirthDate is not null, ApplyConditionTo.CurrentValidator).WithMessage(t["Intake.BirthDateImplausible"]);
        RuleFor(f => f.Email).NotEmpty().When(f => string.IsNullOrWhiteSpace(f.Phone)).WithMessage(t["Intake.EmailOrPhone"]);
        RuleFor(f => f.Email).EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.Email)).WithMessage(t["Validation.Email"]).MaxLength(FieldLengths.Person.Email, t, "Field.Email");
        RuleFor(f => f.Phone).Must(p => PhonePattern().IsMatch(p!)).When(f => !string.IsNullOrWhiteSpace(f.Phone)).WithMessage(t["Validation.Phone"]);
        RuleFor(f => f.Street).MaxLength(FieldLengths.Person.Street, t, "Field.Street");
        RuleFor(f => f.HouseNumber).MaxLength(FieldLengths.Person.HouseNumber, t, "Field.HouseNumber");
        RuleFor(f => f.City).MaxLength(FieldLengths.Person.City, t, "Field.City");
        RuleFor(f => f.Country).Must(Countries.IsSupported).WithMessage(t["Validation.Country"]);
        RuleFor(f => f.Postcode).NotEmpty().WithMessage(t["Validation.Required", t["Field.Postcode"]]).MaxLength(FieldLengths.Person.Postcode, t, "Field.Postcode");
        RuleFor(f => f.Postcode).Must((f, p) => Postcode.TryParse(p, f.Country, out _))
            .When(f => !string.IsNullOrWhiteSpace(f.Postcode) && Countries.IsSupported(f.Country))
            .WithMessage(f => t[f.Country?.Trim().ToUpperInvariant() == Countries.Germany ? "Validation.PostcodeDE" : "Validation.PostcodeNL"]);
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

    [GeneratedRegex(@"^\+?[0-9 ()\-]{8,20}$")]
    private static partial Regex PhonePattern();
}
