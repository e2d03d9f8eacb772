using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Organisations;
using Jobportunities.Core.Programmes;
using Jobportunities.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Shared;

/// <summary>
/// The person fields of the intake, referral and profile forms, with their flat HTML names
/// (GivenName, Phone, …: outside checks post these forms). <see cref="PersonFieldsValidator"/>
/// holds their one set of rules; <see cref="ToPerson"/> and <see cref="Fill"/> are the one mapping.
/// </summary>
public abstract class PersonFields
{
    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public DateOnly? BirthDate { get; set; }

    /// <summary>A <see cref="Core.Common.Gender"/> name; empty means not said.</summary>
    public string? Gender { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Street { get; set; }

    public string? HouseNumber { get; set; }

    public string? Postcode { get; set; }

    public string? City { get; set; }

    public string? Country { get; set; }

    /// <summary>Whether an e-mail address or a phone number must be given (the programme has to reach a new candidate).</summary>
    public virtual bool RequiresContact => true;

    /// <summary>Only after validation succeeded.</summary>
    public PersonDetails ToPerson() => new()
    {
        GivenName = GivenName!, FamilyName = FamilyName!, BirthDate = BirthDate!.Value, Gender = PersonRules.ParseGender(Gender), Email = Email, Phone = Phone,
        Street = Street, HouseNumber = HouseNumber, Postcode = Postcode!, City = City, Country = Country!,
    };

    protected void Fill(PersonDetails person)
    {
        (GivenName, FamilyName, BirthDate, Gender, Email, Phone) = (person.GivenName, person.FamilyName, person.BirthDate, person.Gender.ToString(), person.Email, person.Phone);
        (Street, HouseNumber, Postcode, City, Country) = (person.Street, person.HouseNumber, person.Postcode, person.City, person.Country);
    }
}

/// <summary>The person fields' rules, included by each form's validator; every message names the field by its label.</summary>
public sealed class PersonFieldsValidator : AbstractValidator<PersonFields>
{
    public PersonFieldsValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        var today = clock.Today();
        RuleFor(f => f.GivenName).NotEmpty().WithMessage(t["Validation.Required", t["Field.GivenName"]]).MaxLength(FieldLengths.Person.GivenName, t, "Field.GivenName");
        RuleFor(f => f.FamilyName).NotEmpty().WithMessage(t["Validation.Required", t["Field.FamilyName"]]).MaxLength(FieldLengths.Person.FamilyName, t, "Field.FamilyName");
        RuleFor(f => f.BirthDate).NotNull().WithMessage(t["Validation.Required", t["Field.BirthDate"]])
            .Must(d => PersonRules.IsPlausibleBirthDate(d!.Value, today)).When(f => f.BirthDate is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(t["Person.BirthDateImplausible", t["Field.BirthDate"]]);
        RuleFor(f => f.Gender).Must(PersonRules.IsGender).WithMessage(t["Person.ChoiceInvalid", t["Field.Gender"]]);
        RuleFor(f => f.Email).NotEmpty().When(f => f.RequiresContact && string.IsNullOrWhiteSpace(f.Phone))
            .WithMessage(t["Person.EmailOrPhone", t["Field.Email"], t["Field.Phone"]]);
        RuleFor(f => f.Email).Cascade(CascadeMode.Stop).MaxLength(FieldLengths.Person.Email, t, "Field.Email")
            .Must(PersonRules.IsEmail).WithMessage(t["Person.EmailInvalid", t["Field.Email"]]).When(f => !string.IsNullOrWhiteSpace(f.Email));
        RuleFor(f => f.Phone).Cascade(CascadeMode.Stop).MaxLength(FieldLengths.Person.Phone, t, "Field.Phone")
            .Must(PersonRules.IsPhone).WithMessage(t["Person.PhoneInvalid", t["Field.Phone"]]).When(f => !string.IsNullOrWhiteSpace(f.Phone));
        RuleFor(f => f.Street).MaxLength(FieldLengths.Person.Street, t, "Field.Street");
        RuleFor(f => f.HouseNumber).MaxLength(FieldLengths.Person.HouseNumber, t, "Field.HouseNumber");
        RuleFor(f => f.City).MaxLength(FieldLengths.Person.City, t, "Field.City");
        RuleFor(f => f.Country).Must(Countries.IsSupported).WithMessage(t["Person.CountryInvalid", t["Field.Country"]]);
        RuleFor(f => f.Postcode).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(t["Validation.Required", t["Field.Postcode"]])
            .MaxLength(FieldLengths.Person.Postcode, t, "Field.Postcode")
            .Must((f, p) => Postcode.TryParse(p, f.Country, out _)).When(f => Countries.IsSupported(f.Country), ApplyConditionTo.CurrentValidator)
            .WithMessage(f => t[Countries.Normalise(f.Country!) == Countries.Germany ? "Person.PostcodeDE" : "Person.PostcodeNL", t["Field.Postcode"]]);
    }
}
