using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Trajectories;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class GoalFormValidator : AbstractValidator<GoalForm>
{
    public GoalFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.What).NotEmpty().WithMessage(t["Validation.Required", t["Plan.Goal.What"]]).MaximumLength(500).WithMessage(t["Validation.TooLong", 500]);
        RuleFor(f => f.ByWhen).NotNull().WithMessage(t["Validation.Required", t["Plan.Goal.ByWhen"]]);
        RuleFor(f => f.HowMeasured).NotEmpty().WithMessage(t["Validation.Required", t["Plan.Goal.HowMeasured"]]).MaximumLength(500).WithMessage(t["Validation.TooLong", 500]);
    }
}

public sealed class NewInstrumentFormValidator : AbstractValidator<NewInstrumentForm>
{
    public NewInstrumentFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.InstrumentId).NotNull().WithMessage(t["Plan.Error.InstrumentRequired"]);
        RuleFor(f => f.Provider).MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        RuleFor(f => f.Cost).InclusiveBetween(0m, 1_000_000m).When(f => f.Cost is not null).WithMessage(t["Validation.NotNegative"]);
        RuleFor(f => f.PlannedEnd).GreaterThanOrEqualTo(f => f.PlannedStart).When(f => f.PlannedStart is not null && f.PlannedEnd is not null).WithMessage(t["Plan.Error.EndBeforeStart"]);
    }
}

public sealed class InstrumentFormValidator : AbstractValidator<InstrumentForm>
{
    public InstrumentFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Provider).MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        RuleFor(f => f.Cost).NotNull().WithMessage(t["Validation.Required", t["Plan.Instrument.Cost"]])
            .InclusiveBetween(0m, 1_000_000m).WithMessage(t["Validation.NotNegative"]);
        RuleFor(f => f.PlannedEnd).GreaterThanOrEqualTo(f => f.PlannedStart).When(f => f.PlannedStart is not null && f.PlannedEnd is not null).WithMessage(t["Plan.Error.EndBeforeStart"]);
    }
}

public sealed class StatusFormValidator : AbstractValidator<StatusForm>
{
    public StatusFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(f => f.To).NotNull().WithMessage(t["Plan.Error.StatusRequired"]);
        RuleFor(f => f.Date).NotNull().WithMessage(t["Validation.Required", t["Plan.Status.Date"]])
            .Must(d => d <= clock.Today()).When(f => f.Date is not null, ApplyConditionTo.CurrentValidator).WithMessage(t["File.DateNotInFuture"]);
        RuleFor(f => f.Reason).NotEmpty().When(f => f.To == InstrumentStatus.Stopped, ApplyConditionTo.CurrentValidator).WithMessage(t["Plan.Error.ReasonRequired"])
            .MaximumLength(500).WithMessage(t["Validation.TooLong", 500]);
    }
}

public sealed class WithdrawFormValidator : AbstractValidator<WithdrawForm>
{
    public WithdrawFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage(t["Validation.Required", t["Plan.Withdraw.Reason"]])
            .MaximumLength(FieldLengths.Plan.WithdrawReason).WithMessage(t["Validation.MaxLength", t["Plan.Withdraw.Reason"], FieldLengths.Plan.WithdrawReason]);
    }
}

public sealed class CertificateFormValidator : AbstractValidator<CertificateForm>
{
    public CertificateFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(f => f.Occupation).NotEmpty().WithMessage(t["Validation.Required", t["Plan.Certificate.Occupation"]]).MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        RuleFor(f => f.IssuedOn).NotNull().WithMessage(t["Validation.Required", t["Plan.Certificate.IssuedOn"]])
            .Must(d => d <= clock.Today()).When(f => f.IssuedOn is not null, ApplyConditionTo.CurrentValidator).WithMessage(t["File.DateNotInFuture"]);
        RuleFor(f => f.Issuer).NotEmpty().WithMessage(t["Validation.Required", t["Plan.Certificate.Issuer"]]).MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
    }
}

public sealed class EnrolFormValidator : AbstractValidator<EnrolForm>
{
    public EnrolFormValidator(IStringLocalizer<SharedResource> t) =>
        RuleFor(f => f.RunId).NotNull().WithMessage(t["Plan.Error.RunRequired"]);
}

public sealed class EnrolmentStatusFormValidator : AbstractValidator<EnrolmentStatusForm>
{
    public EnrolmentStatusFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(f => f.To).NotNull().WithMessage(t["Plan.Error.StatusRequired"]);
        RuleFor(f => f.Date).NotNull().WithMessage(t["Validation.Required", t["Plan.Status.Date"]])
            .Must(d => d <= clock.Today()).When(f => f.Date is not null, ApplyConditionTo.CurrentValidator).WithMessage(t["File.DateNotInFuture"]);
        RuleFor(f => f.Reason).NotEmpty().When(f => f.To == EnrolmentStatus.DroppedOut).WithMessage(t["Plan.Error.ReasonRequired"])
            .MaximumLength(500).WithMessage(t["Validation.TooLong", 500]);
    }
}

public sealed class AgreementFormValidator : AbstractValidator<AgreementForm>
{
    public AgreementFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.EmployerId).NotNull().WithMessage(t["Validation.Required", t["Plan.Agreement.Employer"]]);
        RuleFor(f => f.DevelopmentAgreement).NotEmpty().WithMessage(t["Validation.Required", t["Plan.Agreement.Text"]]).MaximumLength(2000).WithMessage(t["Validation.TooLong", 2000]);
    }
}

public sealed class CostSplitFormValidator : AbstractValidator<CostSplitForm>
{
    public CostSplitFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleForEach(f => f.Shares).ChildRules(row =>
        {
            row.RuleFor(s => s.Payer).NotNull().When(s => !s.IsBlank).WithMessage(t["Plan.Error.PayerRequired"]);
            row.RuleFor(s => s.Percent).NotNull().When(s => !s.IsBlank).WithMessage(t["Plan.Error.PercentRequired"])
                .InclusiveBetween(0.01m, 100m).When(s => s.Percent is not null).WithMessage(t["Plan.Error.ShareOutOfRange"]);
            row.RuleFor(s => s.PayerName).NotEmpty().When(s => s.Payer is PayerKind.Employer or PayerKind.OtherFunder).WithMessage(t["Plan.Error.PayerNameRequired"])
                .MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        });
        RuleFor(f => f.Shares).Must(rows => rows.Where(s => !s.IsBlank && s.Percent is not null).Sum(s => s.Percent!.Value) == 100m)
            .When(f => f.Shares.Any(s => !s.IsBlank)).WithName("Shares[0].Percent").OverridePropertyName("Shares[0].Percent").WithMessage(t["Plan.Error.SharesMustAddUp"]);
    }
}
