using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jobportunities.Core.Common;

/// <summary>
/// An entity that holds one person's <see cref="PersonDetails"/> in its own columns: the
/// application and the participant file. A base class rather than an EF Core complex type,
/// because EF Core 10 cannot index a complex type's columns and the caseload, duplicate and
/// reporting indexes include the family name, birth date and gender (docs/adr/0028).
/// </summary>
public abstract class PersonEntity
{
    public string GivenName { get; private set; } = "";

    public string FamilyName { get; private set; } = "";

    public DateOnly BirthDate { get; private set; }

    public Gender Gender { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? Street { get; private set; }

    public string? HouseNumber { get; private set; }

    public string Postcode { get; private set; } = "";

    public string? City { get; private set; }

    public string Country { get; private set; } = "NL";

    public string FullName => $"{GivenName} {FamilyName}";

    /// <summary>The details as stored, for a form to show or a copy to start from.</summary>
    public PersonDetails Person => new()
    {
        GivenName = GivenName, FamilyName = FamilyName, BirthDate = BirthDate, Gender = Gender, Email = Email, Phone = Phone,
        Street = Street, HouseNumber = HouseNumber, Postcode = Postcode, City = City, Country = Country,
    };

    /// <summary>Stores the details trimmed, the e-mail address in lower case, the country and postcode in their standard form.</summary>
    protected void SetPerson(PersonDetails details)
    {
        GivenName = details.GivenName.Trim();
        FamilyName = details.FamilyName.Trim();
        BirthDate = details.BirthDate;
        Gender = details.Gender;
        Email = Clean(details.Email)?.ToLowerInvariant();
        Phone = Clean(details.Phone);
        Street = Clean(details.Street);
        HouseNumber = Clean(details.HouseNumber);
        Country = details.Country.Trim().ToUpperInvariant();
        Postcode = Programmes.Postcode.TryParse(details.Postcode, Country, out var postcode) ? postcode!.Value : details.Postcode.Trim().ToUpperInvariant();
        City = Clean(details.City);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The one configuration of the person columns: the column names stay the properties' names, the lengths are <see cref="FieldLengths.Person"/>.</summary>
internal static class PersonColumns
{
    public static void HasPersonColumns<T>(this EntityTypeBuilder<T> builder)
        where T : PersonEntity
    {
        builder.Property(p => p.GivenName).HasMaxLength(FieldLengths.Person.GivenName);
        builder.Property(p => p.FamilyName).HasMaxLength(FieldLengths.Person.FamilyName);
        builder.Property(p => p.Gender).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Email).HasMaxLength(FieldLengths.Person.Email);
        builder.Property(p => p.Phone).HasMaxLength(FieldLengths.Person.Phone);
        builder.Property(p => p.Street).HasMaxLength(FieldLengths.Person.Street);
        builder.Property(p => p.HouseNumber).HasMaxLength(FieldLengths.Person.HouseNumber);
        builder.Property(p => p.Postcode).HasMaxLength(FieldLengths.Person.Postcode);
        builder.Property(p => p.City).HasMaxLength(FieldLengths.Person.City);
        builder.Property(p => p.Country).HasMaxLength(FieldLengths.Person.Country);
        builder.Ignore(p => p.FullName);
        builder.Ignore(p => p.Person);
    }
}
