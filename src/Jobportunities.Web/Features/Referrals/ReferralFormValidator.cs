using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Programmes;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Referrals;

/// <summary>The referral form's rules; the field checks are the same ones a CSV row gets (<see cref="ReferralRules"/>).</summary>
public sealed class ReferralFormValidator : AbstractValidator<ReferralForm>
{
    public ReferralFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        var today = clock.Today();
        RuleFor(f => f.ProgrammeCode).NotEmpty().WithMessage(t["Referrals.ProgrammeRequired"]);
        RuleFor(f => f.ExternalReference).MaximumLength(ReferralRules.ExternalReferenceMaxLength)
            .WithMessage(t["Validation.TooLong", ReferralRules.ExternalReferenceMaxLength]);
        RuleFor(f => f.GivenName).NotEmpty().WithMessage(t["Validation.Required", t["Field.GivenName"]])
            .MaximumLength(ReferralRules.NameMaxLength).WithMessage(t["Validation.TooLong", ReferralRules.NameMaxLength]);
        RuleFor(f => f.FamilyName).NotEmpty().WithMessage(t["Validation.Required", t["Field.FamilyName"]])
            .MaximumLength(ReferralRules.NameMaxLength).WithMessage(t["Validation.TooLong", ReferralRules.NameMaxLength]);
        RuleFor(f => f.BirthDate).NotNull().WithMessage(t["Validation.Required", t["Field.BirthDate"]]);
        RuleFor(f => f.BirthDate).Must(d => ReferralRules.IsPlausibleBirthDate(d!.Value, today)).When(f => f.BirthDate is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(t["Referrals.BirthDateImplausible"]);
        RuleFor(f => f.Email).NotEmpty().When(f => string.IsNullOrWhiteSpace(f.Phone)).WithMessage(t["Referrals.ContactRequired"]);
        RuleFor(f => f.Email).Must(ReferralRules.IsEmail).When(f => !string.IsNullOrWhiteSpace(f.Email)).WithMessage(t["Validation.Email"]);
        RuleFor(f => f.Phone).Must(ReferralRules.IsPhone).When(f => !string.IsNullOrWhiteSpace(f.Phone)).WithMessage(t["Validation.Phone"]);
        RuleFor(f => f.Country).Must(Countries.IsSupported).WithMessage(t["Validation.Country"]);
        RuleFor(f => f.Postcode).NotEmpty().WithMessage(t["Validation.Required", t["Field.Postcode"]]);
        RuleFor(f => f.Postcode).Must((f, p) => Postcode.TryParse(p, f.Country, out _))
            .When(f => !string.IsNullOrWhiteSpace(f.Postcode) && Countries.IsSupported(f.Country))
            .WithMessage(f => t[Countries.Normalise(f.Country!) == Countries.Germany ? "Validation.PostcodeDE" : "Validation.PostcodeNL"]);
        RuleFor(f => f.Benefit).Must(b => BenefitSituations.TryParseCode(b, out _)).WithMessage(t["Referrals.BenefitRequired"]);
        RuleFor(f => f.WwEndDate).NotNull().When(f => f.AsksWwEndDate && f.Benefit == BenefitSituation.Ww.ToCode())
            .WithMessage(t["Intake.WwEndDateRequired", t["Field.WwEndDate"]]);
        RuleFor(f => f.ReferralReason).NotEmpty().WithMessage(t["Validation.Required", t["Field.ReferralReason"]])
            .MaximumLength(ReferralRules.ReasonMaxLength).WithMessage(t["Validation.TooLong", ReferralRules.ReasonMaxLength]);
        RuleFor(f => f.Bsn).Cascade(CascadeMode.Stop).Must((f, b) => Bsn.Check(b, f.Country, out _) != BsnProblem.NotForCountry).WithMessage(t["Bsn.Error.NotForCountry"])
            .Must((f, b) => Bsn.Check(b, f.Country, out _) == BsnProblem.None).WithMessage(t["Bsn.Error.Invalid"])
            .When(f => !string.IsNullOrWhiteSpace(f.Bsn));
        RuleFor(f => f.ConsentMethod)
            .Must(m => Enum.TryParse<ConsentMethod>(m, out var method) && ReferralForm.Methods.Contains(method))
            .When(f => f.ConsentShareWithReferrer).WithMessage(t["Referrals.MethodRequired"]);
    }
}
