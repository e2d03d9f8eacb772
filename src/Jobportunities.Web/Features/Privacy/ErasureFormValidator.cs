using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Privacy;

public sealed class ErasureFormValidator : AbstractValidator<ErasureForm>
{
    public const int ReasonMaxLength = 1000;

    public ErasureFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.ErasureReason).NotEmpty().WithMessage(t["Validation.Required", t["Field.ErasureReason"]])
            .MaximumLength(ReasonMaxLength).WithMessage(t["Erasure.ReasonTooLong", t["Field.ErasureReason"], ReasonMaxLength]);
    }
}
