using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Placements;

public sealed class EndFormValidator : AbstractValidator<EndForm>
{
    public EndFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.EndDate).NotNull().WithMessage(t["Validation.Required", t["Field.EndDate"]]);
        RuleFor(f => f.Reason).IsInEnum().WithMessage(t["Validation.Invalid", t["Field.EndReason"]]);
    }
}
