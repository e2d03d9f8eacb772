using FluentValidation;
using Jobportunities.Core.Common;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.StandIns;

public sealed class StandInFormValidator : AbstractValidator<StandInForm>
{
    public StandInFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.AbsentCoachId).NotEmpty().WithMessage(t["Validation.Required", t["Field.AbsentCoachId"]])
            .MaximumLength(FieldLengths.Account.UserId).WithMessage(t["Validation.Invalid", t["Field.AbsentCoachId"]]);
        RuleFor(f => f.StandInCoachId).NotEmpty().WithMessage(t["Validation.Required", t["Field.StandInCoachId"]])
            .MaximumLength(FieldLengths.Account.UserId).WithMessage(t["Validation.Invalid", t["Field.StandInCoachId"]]);
        RuleFor(f => f.From).NotNull().WithMessage(t["Validation.Required", t["Field.From"]]);
        RuleFor(f => f.Until).NotNull().WithMessage(t["Validation.Required", t["Field.Until"]]);
    }
}
