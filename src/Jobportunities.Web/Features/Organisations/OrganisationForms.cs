using FluentValidation;
using Jobportunities.Core.Organisations;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Organisations;

public sealed class OrganisationForm
{
    public string? Name { get; set; }

    public OrganisationKind? Kind { get; set; }

    public string? Country { get; set; }
}

public sealed class OrganisationFormValidator : AbstractValidator<OrganisationForm>
{
    public OrganisationFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage(t["Validation.Required", t["Field.Name"]])
            .MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        RuleFor(f => f.Kind).NotNull().WithMessage(t["Validation.Required", t["Field.OrganisationKind"]]).IsInEnum().WithMessage(t["Validation.InvalidValue"]);
        RuleFor(f => f.Country).Must(Countries.IsSupported).WithMessage(t["Validation.Country"]);
    }
}

public sealed class ApiKeyForm
{
    public string? Name { get; set; }
}

public sealed class ApiKeyFormValidator : AbstractValidator<ApiKeyForm>
{
    public ApiKeyFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage(t["Validation.Required", t["Field.ApiKeyName"]])
            .MaximumLength(100).WithMessage(t["Validation.TooLong", 100]);
    }
}

/// <summary>The details page: the organisation, its keys, the form for a new key and, once, a new key's plain value.</summary>
public sealed record OrganisationPage(OrganisationDetails Organisation, ApiKeyForm KeyForm, string? NewKey);

public sealed record RevokePage(int OrganisationId, string OrganisationName, ApiKeySummary Key);
