using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Jobportunities.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Participants;

public sealed class ProfileFormValidator : AbstractValidator<ProfileForm>
{
    public ProfileFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        var today = clock.Today();
        RuleFor(f => f.GivenName).NotEmpty().WithMessage(t["Validation.Required", t["Field.GivenName"]]).MaxLength(FieldLengths.Person.GivenName, t, "Field.GivenName");
        RuleFor(f => f.FamilyName).NotEmpty().WithMessage(t["Validation.Required", t["Field.FamilyName"]]).MaxLength(FieldLengths.Person.FamilyName, t, "Field.FamilyName");
        RuleFor(f => f.BirthDate).NotNull().WithMessage(t["Validation.Required", t["Field.BirthDate"]])
            .Must(d => d < today && d > today.AddYears(-110)).When(f => f.BirthDate is not null, ApplyConditionTo.CurrentValidator).WithMessage(t["Intake.BirthDateImplausible"]);
        RuleFor(f => f.Email).EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.Email)).WithMessage(t["Validation.Email"])
            .MaxLength(FieldLengths.Person.Email, t, "Field.Email");
        RuleFor(f => f.Phone).MaxLength(FieldLengths.Person.Phone, t, "Field.Phone");
        RuleFor(f => f.Street).MaxLength(FieldLengths.Person.Street, t, "Field.Street");
        RuleFor(f => f.HouseNumber).MaxLength(FieldLengths.Person.HouseNumber, t, "Field.HouseNumber");
        RuleFor(f => f.City).MaxLength(FieldLengths.Person.City, t, "Field.City");
        RuleFor(f => f.Postcode).NotEmpty().WithMessage(t["Validation.Required", t["Field.Postcode"]]).MaxLength(FieldLengths.Person.Postcode, t, "Field.Postcode");
        RuleFor(f => f.Country).Must(Countries.IsSupported).WithMessage(t["Validation.Country"]);
        RuleFor(f => f.Postcode).Must((f, p) => Postcode.TryParse(p, f.Country, out _)).When(f => Countries.IsSupported(f.Country))
            .WithMessage(f => t[f.Country == Countries.Germany ? "Validation.PostcodeDE" : "Validation.PostcodeNL"]);
        RuleFor(f => f.Benefit).Must(b => BenefitSituations.TryParseCode(b, out _)).WithMessage(t["Intake.BenefitRequired"]);
    }
}

public sealed class WorkFormValidator : AbstractValidator<WorkForm>
{
    public WorkFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.AvailableHoursPerWeek).InclusiveBetween(1, 60).When(f => f.AvailableHoursPerWeek is not null).WithMessage(t["Validation.Between", 1, 60]);
        RuleFor(f => f.MaxTravelMinutes).InclusiveBetween(5, 180).When(f => f.MaxTravelMinutes is not null).WithMessage(t["Validation.Between", 5, 180]);
        RuleFor(f => f.WorkPreferences).MaxLength(FieldLengths.File.WorkPreferences, t, "Field.WorkPreferences");
    }
}

public sealed class PhaseFormValidator : AbstractValidator<PhaseForm>
{
    public PhaseFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.To).NotNull().WithMessage(t["File.PhaseRequired"]);
        RuleFor(f => f.ExitReason).NotNull().When(f => f.To == Phase.Exited).WithMessage(t["File.ExitReasonRequired"]);
        RuleFor(f => f.Note).MaxLength(400, t, "Field.Note");
    }
}

public sealed class ContactFormValidator : AbstractValidator<ContactForm>
{
    public ContactFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(f => f.Date).NotNull().WithMessage(t["Validation.Required", t["Field.Date"]])
            .Must(d => d <= clock.Today()).When(f => f.Date is not null, ApplyConditionTo.CurrentValidator).WithMessage(t["File.DateNotInFuture"]);
        RuleFor(f => f.Summary).NotEmpty().WithMessage(t["Validation.Required", t["Field.Summary"]]).MaxLength(FieldLengths.File.ContactSummary, t, "Field.Summary");
        RuleFor(f => f.NextAction).MaxLength(FieldLengths.File.NextAction, t, "Field.NextAction");
        RuleFor(f => f.NextActionDate).NotNull().When(f => !string.IsNullOrWhiteSpace(f.NextAction)).WithMessage(t["File.NextActionDateRequired"]);
    }
}

public sealed class LadderFormValidator : AbstractValidator<LadderForm>
{
    public LadderFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(f => f.Step).NotNull().WithMessage(t["File.StepRequired"]).InclusiveBetween(1, 6).WithMessage(t["Validation.Between", 1, 6]);
        RuleFor(f => f.Date).NotNull().WithMessage(t["Validation.Required", t["Field.Date"]])
            .Must(d => d <= clock.Today()).When(f => f.Date is not null, ApplyConditionTo.CurrentValidator).WithMessage(t["File.DateNotInFuture"]);
        RuleFor(f => f.Note).MaxLength(FieldLengths.File.LadderNote, t, "Field.Note");
    }
}

public sealed class BarrierFormValidator : AbstractValidator<BarrierForm>
{
    public BarrierFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Date).NotNull().WithMessage(t["Validation.Required", t["Field.Date"]]);
        RuleForEach(f => f.Ratings).Must(r => r.Value is >= 0 and <= 3 && Enum.TryParse<BarrierKind>(r.Key, out _)).WithMessage(t["Validation.InvalidValue"]);
        RuleFor(f => f.FunctionalLimitations).MaxLength(FieldLengths.File.FunctionalLimitations, t, "Field.FunctionalLimitations");
    }
}
