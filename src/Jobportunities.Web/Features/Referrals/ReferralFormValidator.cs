using FluentValidation;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Programmes;
using Jobportunities.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Referrals;

/// <summary>The referral form's rules: the person fields' rules of every form, and the referral's own (<see cref="ReferralRules"/>, as a CSV row gets them).</summary>
public sealed class ReferralFormValidator : AbstractValidator<ReferralForm>
{
    public ReferralFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(f => f.ProgrammeCode).NotEmpty().WithMessage(t["Referrals.ProgrammeRequired"]);
        RuleFor(f => f.ExternalReference).MaximumLength(ReferralRules.ExternalReferenceMaxLength)
            .WithMessage(t["Validation.TooLong", ReferralRules.ExternalReferenceMaxLength]);
        Include(new PersonFieldsValidator(t, clock));
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
