using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Trajectories;

public sealed class EnrolFormValidator : AbstractValidator<EnrolForm>
{
    public EnrolFormValidator(IStringLocalizer<SharedResource> t) =>
        RuleFor(f => f.RunId).NotNull().WithMessage(t["Plan.Error.RunRequired"]);
}
