using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Organisations;

namespace Jobportunities.Core.Employers;

/// <summary>
/// An employer on either side of the border: KvK number (NL, 8 digits) or Handelsregister
/// number (DE, e.g. "HRB 12345 Osnabrück"). The same registration in the same country is one
/// employer (unique index).
/// </summary>
public sealed class Employer : IVersioned, IArchivable
{
    private readonly List<EmployerContact> _contacts = [];

    private Employer()
    {
    }

    public Employer(string name, string country, string registrationNumber, Sector sector, DateTime createdUtc)
    {
        Country = Countries.Normalise(country);
        RegistrationNumber = NormaliseRegistration(Country, registrationNumber)
            ?? throw new ArgumentException("Not a valid KvK or Handelsregister number.", nameof(registrationNumber));
        CreatedUtc = createdUtc;
        Update(name, sector, null, null, null, null);
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public string Country { get; private set; } = Countries.Netherlands;

    /// <summary>KvK: 8 digits. Handelsregister: court register type and number, e.g. "HRB 12345".</summary>
    public string RegistrationNumber { get; private set; } = "";

    public Sector Sector { get; private set; }

    public string? Street { get; private set; }

    public string? Postcode { get; private set; }

    public string? City { get; private set; }

    public string? Notes { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public Guid Version { get; private set; }

    /// <summary>Set while the employer is archived: out of lists and choices, still shown where history points at it.</summary>
    public DateTime? ArchivedUtc { get; private set; }

    public bool IsArchived => ArchivedUtc is not null;

    public IReadOnlyCollection<EmployerContact> Contacts => _contacts;

    /// <summary>Archives instead of deleting (ADR 0025); returns whether anything changed.</summary>
    public bool Archive(DateTime nowUtc)
    {
        if (IsArchived)
        {
            return false;
        }

        ArchivedUtc = nowUtc;
        NewVersion();
        return true;
    }

    public bool Restore()
    {
        if (!IsArchived)
        {
            return false;
        }

        ArchivedUtc = null;
        NewVersion();
        return true;
    }

    public void Update(string name, Sector sector, string? street, string? postcode, string? city, string? notes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Sector = sector;
        Street = Clean(street);
        Postcode = Programmes.Postcode.TryParse(postcode, Country, out var pc) ? pc!.Value : Clean(postcode);
        City = Clean(city);
        Notes = Clean(notes);
        NewVersion();
    }

    public EmployerContact AddContact(string name, string? role, string? email, string? phone)
    {
        var contact = new EmployerContact(name, role, email, phone);
        _contacts.Add(contact);
        return contact;
    }

    /// <summary>Corrects a mistyped registration; the same rules as at creation.</summary>
    public void ChangeRegistration(string country, string registrationNumber)
    {
        var normalisedCountry = Countries.Normalise(country);
        RegistrationNumber = NormaliseRegistration(normalisedCountry, registrationNumber)
            ?? throw new ArgumentException("Not a valid KvK or Handelsregister number.", nameof(registrationNumber));
        Country = normalisedCountry;
        NewVersion();
    }

    public void NewVersion() => Version = Guid.NewGuid();

    /// <summary>
    /// "12345678" for a KvK number; for DE register type, number and court, e.g. "HRB 12345 Osnabrück"
    /// (written either way round, with or without "Amtsgericht"); null when invalid.
    /// </summary>
    public static string? NormaliseRegistration(string country, string? input) =>
        EmployerRegistration.Normalise(country, input);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class EmployerContact
{
    private EmployerContact()
    {
    }

    internal EmployerContact(string name, string? role, string? email, string? phone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Role = string.IsNullOrWhiteSpace(role) ? null : role.Trim();
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
    }

    public int Id { get; private set; }

    public int EmployerId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Role { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }
}
