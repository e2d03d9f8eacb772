using FluentValidation;
using Jobportunities.Core.Common;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Participants;

public sealed class CoachFormValidator : AbstractValidator<CoachForm>
{
    public CoachFormValidator(IStringLocalizer<SharedResource> t) =>
        RuleFor(f => f.CoachId).NotEmpty().WithMessage(t["Validation.Required", t["Queue.Coach"]])
            .MaximumLength(FieldLengths.Account.UserId).WithMessage(t["Validation.Invalid", t["Queue.Coach"]]);
}
