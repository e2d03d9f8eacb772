using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Programmes;
using Jobportunities.Web.Features.Shared;
using Jobportunities.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Participants;

public sealed class ProfileFormValidator : AbstractValidator<ProfileForm>
{
    public ProfileFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        Include(new PersonFieldsValidator(t, clock));
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
