using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Intake;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Programmes;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Api;

/// <summary>The API's checks: the person rules of every form (<see cref="PersonRules"/>, <see cref="FieldLengths.Person"/>) and the referral's own (<see cref="ReferralRules"/>), dates strictly YYYY-MM-DD.</summary>
public sealed class ReferralRequestValidator : AbstractValidator<ReferralRequest>
{
    public ReferralRequestValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        var required = t["Validation.ValueRequired"].Value;
        string TooLong(int max) => t["Validation.TooLong", max].Value;

        RuleFor(r => r.Programme).NotEmpty().WithMessage(required).MaximumLength(60).WithMessage(TooLong(60));
        RuleFor(r => r.ExternalReference).NotEmpty().WithMessage(required)
            .MaximumLength(ReferralRules.ExternalReferenceMaxLength).WithMessage(TooLong(ReferralRules.ExternalReferenceMaxLength));
        RuleFor(r => r.GivenName).NotEmpty().WithMessage(required)
            .MaximumLength(FieldLengths.Person.GivenName).WithMessage(TooLong(FieldLengths.Person.GivenName));
        RuleFor(r => r.FamilyName).NotEmpty().WithMessage(required)
            .MaximumLength(FieldLengths.Person.FamilyName).WithMessage(TooLong(FieldLengths.Person.FamilyName));
        RuleFor(r => r.BirthDate).NotEmpty().WithMessage(required)
            .Must(d => ReferralRequest.TryParseDate(d, out var date)
                && PersonRules.IsPlausibleBirthDate(date, DateOnly.FromDateTime(clock.GetLocalNow().DateTime)))
            .WithMessage(t["Api.Validation.Date"].Value);
        RuleFor(r => r.Email).Must(PersonRules.IsEmail).WithMessage(t["Validation.Email"].Value)
            .When(r => !string.IsNullOrWhiteSpace(r.Email));
        RuleFor(r => r.Phone).Must(PersonRules.IsPhone).WithMessage(t["Api.Validation.Phone"].Value)
            .When(r => !string.IsNullOrWhiteSpace(r.Phone));
        RuleFor(r => r.Country).NotEmpty().WithMessage(required)
            .Must(Countries.IsSupported).WithMessage(t["Api.Validation.Country"].Value);
        RuleFor(r => r.Postcode).NotEmpty().WithMessage(required)
            .Must((r, p) => Postcode.TryParse(p, r.Country, out _)).WithMessage(t["Api.Validation.Postcode"].Value)
            .When(r => Countries.IsSupported(r.Country), ApplyConditionTo.CurrentValidator);
        RuleFor(r => r.Benefit).NotEmpty().WithMessage(required)
            .Must(b => BenefitSituations.TryParseCode(b, out _)).WithMessage(t["Api.Validation.Benefit"].Value);
        RuleFor(r => r.WwEndDate).Must(d => ReferralRequest.TryParseDate(d, out _)).WithMessage(t["Api.Validation.WwEndDate"].Value)
            .When(r => !string.IsNullOrWhiteSpace(r.WwEndDate));
        RuleFor(r => r.WwEndDate).NotEmpty().WithMessage(t["Api.Validation.WwEndDateRequired"].Value)
            .When(r => r.AsksWwEndDate && BenefitSituations.TryParseCode(r.Benefit, out var b) && b == BenefitSituation.Ww);
        // The message names the rule, never the value.
        RuleFor(r => r.Bsn).Must((r, b) => Bsn.Check(b, r.Country, out _) != BsnProblem.NotForCountry).WithMessage(t["Bsn.Error.NotForCountry"].Value)
            .Must((r, b) => Bsn.Check(b, r.Country, out _) == BsnProblem.None).WithMessage(t["Bsn.Error.Invalid"].Value)
            .When(r => !string.IsNullOrWhiteSpace(r.Bsn));
        RuleFor(r => r.Reason).NotEmpty().WithMessage(required)
            .MaximumLength(ReferralRules.ReasonMaxLength).WithMessage(TooLong(ReferralRules.ReasonMaxLength));
    }
}
