using FluentValidation;
using Jobportunities.Core.Common;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.DurableChecks;

public sealed class RecordFormValidator : AbstractValidator<RecordForm>
{
    public RecordFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Outcome).NotNull().WithMessage(t["Validation.Required", t["Field.Outcome"]])
            .IsInEnum().WithMessage(t["Validation.Invalid", t["Field.Outcome"]]);
        RuleFor(f => f.Evidence).IsInEnum().WithMessage(t["Validation.Invalid", t["Field.Evidence"]]);
        RuleFor(f => f.VerifiedOn).NotNull().WithMessage(t["Validation.Required", t["Field.VerifiedOn"]]);
        RuleFor(f => f.Note).MaximumLength(FieldLengths.Placement.DurableCheckNote)
            .WithMessage(t["Validation.MaxLength", t["Field.Note"], FieldLengths.Placement.DurableCheckNote]);
    }
}
