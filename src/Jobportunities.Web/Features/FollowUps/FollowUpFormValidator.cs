using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.FollowUps;

public sealed class FollowUpFormValidator : AbstractValidator<FollowUpForm>
{
    public FollowUpFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(f => f.Situation).NotNull().WithMessage(t["Validation.Required", t["Field.Situation"]])
            .IsInEnum().WithMessage(t["Validation.Required", t["Field.Situation"]]);
        RuleFor(f => f.Source).NotNull().WithMessage(t["Validation.Required", t["Field.Source"]])
            .IsInEnum().WithMessage(t["Validation.Required", t["Field.Source"]]);
        RuleFor(f => f.RecordedOn).NotNull().WithMessage(t["Validation.Required", t["Field.RecordedOn"]])
            .Must(d => d <= clock.Today()).When(f => f.RecordedOn is not null, ApplyConditionTo.CurrentValidator).WithMessage(t["FollowUp.RecordedOnNotInFuture"]);
        RuleFor(f => f.Improvement).IsInEnum().WithMessage(t["Validation.Required", t["Field.Improvement"]]);
        RuleFor(f => f.Note).MaxLength(FieldLengths.FollowUp.Note, t, "Field.Note");
    }
}
