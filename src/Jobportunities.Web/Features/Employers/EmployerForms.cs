using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Employers;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Programmes;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Employers;

public sealed class EmployerForm
{
    public Guid Version { get; set; }

    public string? Name { get; set; }

    public string? Country { get; set; } = Countries.Netherlands;

    public string? RegistrationNumber { get; set; }

    public Sector? Sector { get; set; }

    public string? Street { get; set; }

    public string? Postcode { get; set; }

    public string? City { get; set; }

    public string? Notes { get; set; }

    public static EmployerForm From(Employer e) => new()
    {
        Version = e.Version, Name = e.Name, Country = e.Country, RegistrationNumber = e.RegistrationNumber, Sector = e.Sector,
        Street = e.Street, Postcode = e.Postcode, City = e.City, Notes = e.Notes,
    };

    public EmployerInput ToInput() => new(Name!, Country!, RegistrationNumber!, Sector!.Value, Street, Postcode, City, Notes);
}

public sealed class EmployerContactForm
{
    public string? ContactName { get; set; }

    public string? ContactRole { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public ContactInput ToInput() => new(ContactName!, ContactRole, ContactEmail, ContactPhone);
}

public sealed class EmployerFormValidator : AbstractValidator<EmployerForm>
{
    public EmployerFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage(t["Validation.Required", t["Field.Name"]]).MaximumLength(200).WithMessage(t["Validation.TooLong", 200]);
        RuleFor(f => f.Country).Must(Countries.IsSupported).WithMessage(t["Validation.Country"]);
        RuleFor(f => f.RegistrationNumber).NotEmpty().WithMessage(t["Validation.Required", t["Field.RegistrationNumber"]]);
        RuleFor(f => f.RegistrationNumber)
            .Must((f, number) => EmployerRegistration.Check(f.Country!, number) == RegistrationCheck.Valid)
            .When(f => Countries.IsSupported(f.Country) && !string.IsNullOrWhiteSpace(f.RegistrationNumber))
            .WithMessage(f => t[(f.Country!.Trim().ToUpperInvariant(), EmployerRegistration.Check(f.Country, f.RegistrationNumber)) switch
            {
                (Countries.Netherlands, _) => "Employers.KvkInvalid",
                (_, RegistrationCheck.CourtMissing) => "Employers.CourtMissing",
                _ => "Employers.HandelsregisterInvalid",
            }]);
        RuleFor(f => f.Sector).NotNull().WithMessage(t["Validation.Required", t["Field.Sector"]]).IsInEnum().WithMessage(t["Validation.InvalidValue"]);
        RuleFor(f => f.Street).MaximumLength(150).WithMessage(t["Validation.TooLong", 150]);
        RuleFor(f => f.Postcode).Must((f, p) => Postcode.TryParse(p, f.Country, out _))
            .When(f => Countries.IsSupported(f.Country) && !string.IsNullOrWhiteSpace(f.Postcode))
            .WithMessage(f => t[f.Country!.Trim().ToUpperInvariant() == Countries.Germany ? "Validation.PostcodeDE" : "Validation.PostcodeNL"]);
        RuleFor(f => f.City).MaximumLength(100).WithMessage(t["Validation.TooLong", 100]);
        RuleFor(f => f.Notes).MaximumLength(4000).WithMessage(t["Validation.TooLong", 4000]);
    }
}

public sealed class EmployerContactFormValidator : AbstractValidator<EmployerContactForm>
{
    public EmployerContactFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.ContactName).NotEmpty().WithMessage(t["Validation.Required", t["Field.ContactName"]]).MaximumLength(150).WithMessage(t["Validation.TooLong", 150]);
        RuleFor(f => f.ContactRole).MaximumLength(100).WithMessage(t["Validation.TooLong", 100]);
        RuleFor(f => f.ContactEmail).EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.ContactEmail)).WithMessage(t["Validation.Email"]);
        RuleFor(f => f.ContactPhone).MaximumLength(30).WithMessage(t["Validation.TooLong", 30]);
    }
}

/// <summary>The create and edit page: the form, and the existing employer when the registration was a duplicate.</summary>
public sealed record EmployerFormPage(int? Id, EmployerForm Form, EmployerRef? Duplicate = null);

public sealed record EmployerPage(Employer Employer, IReadOnlyList<VacancyRow> Vacancies, EmployerContactForm Contact, bool CanManage)
{
    public Shared.ArchiveBlock Archive => new($"/employers/{Employer.Id}/{(Employer.IsArchived ? "restore" : "archive")}", Employer.IsArchived,
        Employer.ArchivedUtc is { } at ? DateOnly.FromDateTime(at) : null);
}
