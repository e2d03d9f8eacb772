using FluentValidation;
using Jobportunities.Core.Common;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class WithdrawFormValidator : AbstractValidator<WithdrawForm>
{
    public WithdrawFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage(t["Validation.Required", t["Plan.Withdraw.Reason"]])
            .MaximumLength(FieldLengths.Plan.WithdrawReason).WithMessage(t["Validation.MaxLength", t["Plan.Withdraw.Reason"], FieldLengths.Plan.WithdrawReason]);
    }
}
