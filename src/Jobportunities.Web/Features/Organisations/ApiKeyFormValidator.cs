using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Organisations;

public sealed class ApiKeyFormValidator : AbstractValidator<ApiKeyForm>
{
    public ApiKeyFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage(t["Validation.Required", t["Field.ApiKeyName"]])
            .MaximumLength(100).WithMessage(t["Validation.TooLong", 100]);
    }
}
